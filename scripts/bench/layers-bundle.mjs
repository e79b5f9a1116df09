/**
 * The bundle of bench/in-page-layers.ts (claims and attribution analysers, snippet anchoring, the
 * snippet library with React and the extension's Tailwind style sheet), built once per run by the
 * first phase that needs it, and the empty page it is injected into.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { projectRoot } from '../harness-loader.mjs';
import { BLANK_PATH } from './page-set.mjs';
import { ORIGIN } from '../../bench/pages.mjs';

const FILE = 'in-page-layers.js';
let building = null;

/**
 * Bundles bench/in-page-layers.ts into one minified IIFE, as bench/build.mjs does the in-page
 * bundle, with the Tailwind plugin the extension's pages are built with (wxt.config.ts), so the
 * library view gets the style sheet it ships with.
 *
 * @param {import('./setup.mjs').Bench} bench
 * @returns {Promise<string>} the bundle's code
 */
export function layersBundle(bench) {
  building ??= (async () => {
    const [{ build }, { default: tailwindcss }] = await Promise.all([
      import('vite'),
      import('@tailwindcss/vite'),
    ]);
    const outDir = path.join(bench.work, 'bundles');
    bench.log('Bundling the layers code (analysers, snippets, library view; Vite, IIFE)...');
    await build({
      configFile: false,
      root: projectRoot,
      logLevel: 'warn',
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      resolve: { alias: { '@': projectRoot } },
      plugins: [tailwindcss()],
      // Production JSX whatever NODE_ENV says: the extension's build, earlier in the same process,
      // may have left it at "development", and production React has no jsxDEV.
      oxc: { jsx: { runtime: 'automatic', development: false } },
      build: {
        outDir,
        emptyOutDir: false,
        write: true,
        reportCompressedSize: false,
        minify: true,
        lib: {
          entry: path.join(projectRoot, 'bench/in-page-layers.ts'),
          formats: ['iife'],
          name: 'reglensBench_layers',
          fileName: () => FILE,
        },
      },
    });
    return readFile(path.join(outDir, FILE), 'utf8');
  })();
  return building;
}

/** An empty page with the layers bundle in it. */
export async function openLayersPage(tab, bench) {
  const code = await layersBundle(bench);
  await tab.goto(ORIGIN + BLANK_PATH);
  // The library view speaks through chrome.i18n, which a plain page does not have.
  await bench.harness.giveEnglishMessages(tab);
  await tab.evaluate(code);
}

/** Calls window.__reglensLayersBench[method](...args) in the page. */
export function callLayers(tab, method, ...args) {
  return tab.evaluate(([name, list]) => window.__reglensLayersBench[name](...list), [method, args]);
}
