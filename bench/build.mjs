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
 * An extension whose page script is empty, registered the way RegLens registers its own (same
 * matches, same run_at, through scripting.registerContentScripts from the service worker): the
 * browser's own cost of injecting a script into every page, with none of ours.
 *
 * @param {string} dir
 * @param {{ matches: string[], runAt?: string, allFrames?: boolean }} registration RegLens's, as the browser reports it
 */
export async function writeEmptyExtension(dir, registration) {
  await mkdir(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'RegLens benchmark: empty page script',
    version: '0.0.0',
    permissions: ['scripting'],
    host_permissions: registration.matches,
    background: { service_worker: 'background.js' },
  };
  const script = {
    id: 'empty-page-script',
    js: ['content.js'],
    matches: registration.matches,
    runAt: registration.runAt ?? 'document_idle',
    allFrames: registration.allFrames ?? false,
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(dir, 'content.js'), '');
  await writeFile(
    path.join(dir, 'background.js'),
    `chrome.scripting.getRegisteredContentScripts().then((known) => known.length ? null : chrome.scripting.registerContentScripts([${JSON.stringify(script)}]));\n`,
  );
  return dir;
}
