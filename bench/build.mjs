/**
 * What the benchmark builds at bench time, into a temporary folder: the in-page and in-worker
 * bundles (Vite's build API, library mode, one IIFE each), and an extension whose content script
 * is empty, the baseline for what RegLens's own content script costs a page.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Bundles `entry` (with everything it imports) into `outDir/fileName` as one IIFE.
 * No config file: the extension's WXT config is not what these bundles need.
 */
async function bundle(projectRoot, entry, outDir, fileName) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: projectRoot,
    logLevel: 'warn',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: { alias: { '@': projectRoot } },
    build: {
      outDir,
      emptyOutDir: false,
      write: true,
      reportCompressedSize: false,
      // Minified like the shipped extension, so the code is the code a reader runs.
      minify: true,
      lib: {
        entry: path.join(projectRoot, entry),
        formats: ['iife'],
        name: `reglensBench_${fileName.replace(/\W/g, '_')}`,
        fileName: () => fileName,
      },
    },
  });
  return readFile(path.join(outDir, fileName), 'utf8');
}

/** @returns {Promise<{ inPage: string, inWorker: string, prefilter: string }>} source code */
export async function buildBundles(projectRoot, outDir) {
  await mkdir(outDir, { recursive: true });
  const inPage = await bundle(projectRoot, 'bench/in-page.ts', outDir, 'in-page.js');
  const inWorker = await bundle(projectRoot, 'bench/in-worker.ts', outDir, 'in-worker.js');
  const prefilter = await bundle(projectRoot, 'bench/prefilter-probe.ts', outDir, 'prefilter.js');
  return { inPage, inWorker, prefilter };
}

/**
 * An extension with the same content-script declaration as RegLens (same matches, same run_at)
 * and an empty script: the browser's own cost of injecting a content script, with none of ours.
 * It has an empty service worker too, because the harness waits for one to know it loaded.
 */
export async function writeEmptyExtension(dir, realManifest) {
  await mkdir(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'RegLens benchmark: empty content script',
    version: '0.0.0',
    background: { service_worker: 'background.js' },
    content_scripts: (realManifest.content_scripts ?? []).map((declared) => ({
      matches: declared.matches,
      run_at: declared.run_at,
      js: ['content.js'],
    })),
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(dir, 'content.js'), '');
  await writeFile(path.join(dir, 'background.js'), '');
  return dir;
}
