/**
 * Everything the phases share, made once before the first: the harness, the built extension,
 * the bundles injected into pages and the service worker, the pages, and the results record the
 * phases fill in.
 */
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { buildBundles } from '../../bench/build.mjs';
import { ensureChromium, loadHarness, projectRoot } from '../harness-loader.mjs';
import { builtExtension } from './build.mjs';
import { choosePages } from './page-set.mjs';

/**
 * @typedef {object} Bench
 * @property {import('./cli.mjs').BenchOptions} options
 * @property {number} began when the run started (Date.now())
 * @property {(message: string) => void} log a progress line, with the time since the start
 * @property {any} harness tests/e2e/harness.ts
 * @property {string} extensionDir the built extension (.output/chrome-mv3)
 * @property {any} manifest its manifest.json
 * @property {string} work a temporary folder, removed when the process exits
 * @property {{ inPage: string, inWorker: string, prefilter: string, prefilterSteps: string }} bundles code to inject
 * @property {import('../../bench/pages.mjs').PageSpec[]} pages
 * @property {Set<string>} detailIds pages that get every measurement
 * @property {Map<string, string>} extra pages served besides `pages`: path -> HTML
 * @property {Record<string, any>} results every figure, written out at the end
 * @property {(id: string) => any} recordOf a page's entry in results.pages
 * @property {Map<string, string>} texts each page's article text, from the in-page phase
 * @property {Array<{ matches: string[], js?: string[], runAt?: string, allFrames?: boolean }> | null} pageScripts
 *   the content scripts the extension registers, as the browser reports them (set when the
 *   extension's browser opens)
 */

/**
 * @param {import('./cli.mjs').BenchOptions} options
 * @returns {Promise<Bench>}
 */
export async function prepareBench(options) {
  const began = Date.now();
  const elapsed = () => `${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s`;
  const log = (message) => console.log(`[${elapsed()}] ${message}`);

  const harness = await loadHarness();
  if (!ensureChromium(harness, { install: false })) process.exit(1);
  const { extensionDir, manifest } = await builtExtension({ build: options.build, log });

  const work = await mkdtemp(path.join(tmpdir(), 'reglens-bench-'));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  log('Bundling the in-page and in-worker code (Vite, IIFE)...');
  const bundles = await buildBundles(projectRoot, path.join(work, 'bundles'));

  const { pages, corpus, detailIds, extra, generatedPageChars } = await choosePages({
    projectRoot,
    work,
    quick: options.quick,
    only: options.pages,
    log,
  });

  const results = {
    meta: {
      date: new Date().toISOString(),
      quick: options.quick,
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      corpus,
      generatedPageChars,
      detailPages: [...detailIds],
    },
    pages: pages.map((p) => ({
      id: p.id,
      group: p.group,
      detail: detailIds.has(p.id),
      errors: [],
    })),
    nameSets: {},
  };
  return {
    options,
    began,
    log,
    harness,
    extensionDir,
    manifest,
    work,
    bundles,
    pages,
    detailIds,
    extra,
    results,
    recordOf: (id) => results.pages.find((r) => r.id === id),
    texts: new Map(),
    pageScripts: null,
  };
}
