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

/** @returns {Promise<{ inPage: string, inWorker: string, prefilter: string, prefilterSteps: string }>} source code */
export async function buildBundles(projectRoot, outDir) {
  await mkdir(outDir, { recursive: true });
  const inPage = await bundle(projectRoot, 'bench/in-page.ts', outDir, 'in-page.js');
  const inWorker = await bundle(projectRoot, 'bench/in-worker.ts', outDir, 'in-worker.js');
  const prefilter = await bundle(projectRoot, 'bench/prefilter-probe.ts', outDir, 'prefilter.js');
  const prefilterSteps = await bundle(
    projectRoot,
    'bench/prefilter-steps.ts',
    outDir,
    'prefilter-steps.js',
  );
  return { inPage, inWorker, prefilter, prefilterSteps };
}

/**
 * An extension whose page script is empty, registered the way RegLens registers its own (same
 * matches, same run_at, through scripting.registerContentScripts from the service worker): the
 * browser's own cost of injecting a script into every page, with none of ours.
 *
 * @param {string} dir
 * @param {{ matches: string[], runAt?: string, allFrames?: boolean }} registration RegLens's, as the browser reports it
 * @param {string} [content] the page script, empty unless given (the non-article phase gives it
 *   the prefilter timed step by step)
 */
export async function writeEmptyExtension(dir, registration, content = '') {
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
  await writeFile(path.join(dir, 'content.js'), content);
  await writeFile(
    path.join(dir, 'background.js'),
    `chrome.scripting.getRegisteredContentScripts().then((known) => known.length ? null : chrome.scripting.registerContentScripts([${JSON.stringify(script)}]));\n`,
  );
  return dir;
}

/** The marks the architecture floor puts on the page's timeline. */
export const FLOOR_MARKS = { start: 'reglens-floor:start', painted: 'reglens-floor:painted' };

/**
 * The architecture floor: an extension whose page script (registered as RegLens registers its
 * own) asks its background to inject a script into the page; that script reads the article
 * root's text (the text floor), sends it to the background in one round trip, gets back one
 * range, and registers one highlight. Any extension whose knowledge lives in its own IndexedDB,
 * out of the page's reach, pays at least this between its page script's start and a painted
 * highlight. The article root is the one RegLens's detection picked in the in-page phase, baked
 * in per page address (`roots`: path -> CSS selector), so the floor does no detection.
 *
 * @param {string} dir
 * @param {{ matches: string[], runAt?: string, allFrames?: boolean }} registration RegLens's, as the browser reports it
 * @param {Record<string, string>} roots
 */
export async function writeArchitectureFloorExtension(dir, registration, roots) {
  await mkdir(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'RegLens benchmark: architecture floor',
    version: '0.0.0',
    permissions: ['scripting'],
    host_permissions: registration.matches,
    background: { service_worker: 'background.js' },
  };
  const script = {
    id: 'architecture-floor-page-script',
    js: ['content.js'],
    matches: registration.matches,
    runAt: registration.runAt ?? 'document_idle',
    allFrames: registration.allFrames ?? false,
  };
  const background = `chrome.scripting.getRegisteredContentScripts().then((known) => known.length ? null : chrome.scripting.registerContentScripts([${JSON.stringify(script)}]));
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (message.inject) {
    chrome.scripting
      .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: ['inject.js'] })
      .then(() => reply(true), (error) => reply(String(error)));
    return true;
  }
  // One range back: the first word-sized stretch of the text.
  reply({ start: 0, end: Math.min(8, message.text.length) });
  return false;
});
`;
  const content = `performance.mark(${JSON.stringify(FLOOR_MARKS.start)});
chrome.runtime.sendMessage({ inject: true });
`;
  const inject = `(() => {
  const roots = ${JSON.stringify(roots)};
  const selector = roots[location.pathname];
  const root = (selector && document.querySelector(selector)) || document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  const parts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    parts.push(node.data);
  }
  chrome.runtime.sendMessage({ text: parts.join('') }).then(({ start, end }) => {
    let at = 0;
    const range = new Range();
    for (const node of nodes) {
      const length = node.data.length;
      if (at <= start && start <= at + length) range.setStart(node, start - at);
      if (at <= end && end <= at + length) {
        range.setEnd(node, end - at);
        break;
      }
      at += length;
    }
    CSS.highlights.set('reglens-architecture-floor', new Highlight(range));
    performance.mark(${JSON.stringify(FLOOR_MARKS.painted)});
  });
})();
`;
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(dir, 'background.js'), background);
  await writeFile(path.join(dir, 'content.js'), content);
  await writeFile(path.join(dir, 'inject.js'), inject);
  return dir;
}
