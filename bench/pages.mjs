/**
 * The pages the benchmark measures, and how the browser gets them: every page is answered from
 * disk by a Playwright route at an http://127.0.0.1 address, and every other request is answered
 * at once (a 404 for the page's own relative resources, an abort for any other host), so no
 * request leaves the machine and a missing image never stalls a load.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The origin pages are served at. Port 9 (discard) has nothing listening: should a request ever
 * slip past the route, it fails at once instead of reaching anything.
 */
export const ORIGIN = 'http://127.0.0.1:9';

/** The real news pages: REGLENS_CORPUS, or ../shared/corpus beside the project (as CI clones it). */
export function corpusDir(projectRoot) {
  const fromEnv = process.env.REGLENS_CORPUS;
  return fromEnv ? path.resolve(fromEnv) : path.resolve(projectRoot, '..', 'shared', 'corpus');
}

/**
 * @typedef {object} PageSpec
 * @property {string} id short, stable name used in tables and JSON, e.g. "readability/bbc-1"
 * @property {'fixture' | 'generated' | 'readability' | 'aeb'} group
 * @property {string} file HTML file on disk
 * @property {string} path URL path at ORIGIN
 */

/**
 * @param {{ projectRoot: string, quick: boolean, generated: PageSpec[] }} options
 * @returns {Promise<{ pages: PageSpec[], corpus: { dir: string, present: boolean, note: string } }>}
 */
export async function listPages({ projectRoot, quick, generated }) {
  const fixturesDir = path.join(projectRoot, 'tests', 'fixtures', 'pages');
  const pages = [];
  for (const name of (await readdir(fixturesDir)).filter((f) => f.endsWith('.html')).sort()) {
    pages.push({
      id: `fixture/${name.replace(/\.html$/, '')}`,
      group: 'fixture',
      file: path.join(fixturesDir, name),
      path: `/fixture/${name}`,
    });
  }
  pages.push(...generated);

  const dir = corpusDir(projectRoot);
  const present = existsSync(dir);
  if (quick) {
    return {
      pages,
      corpus: { dir, present, note: '--quick: fixtures and generated pages only' },
    };
  }
  if (!present) {
    return {
      pages,
      corpus: {
        dir,
        present,
        note: `No corpus at ${dir} (set REGLENS_CORPUS to measure real news pages): fixtures only`,
      },
    };
  }

  const readability = path.join(dir, 'readability');
  if (existsSync(readability)) {
    for (const name of (await readdir(readability)).sort()) {
      const file = path.join(readability, name, 'source.html');
      if (!existsSync(file)) continue;
      pages.push({
        id: `readability/${name}`,
        group: 'readability',
        file,
        path: `/readability/${encodeURIComponent(name)}/source.html`,
      });
    }
  }
  const aeb = path.join(dir, 'article-extraction-benchmark', 'html');
  if (existsSync(aeb)) {
    for (const name of (await readdir(aeb)).filter((f) => f.endsWith('.html')).sort()) {
      pages.push({
        id: `aeb/${name.slice(0, 10)}`,
        group: 'aeb',
        file: path.join(aeb, name),
        path: `/aeb/${name}`,
      });
    }
  }
  const counted = pages.filter((p) => p.group === 'readability' || p.group === 'aeb').length;
  return { pages, corpus: { dir, present, note: `${counted} corpus pages from ${dir}` } };
}

/**
 * Answers the benchmark's pages inside `context`.
 *
 * - `scripts: false` sends `Content-Security-Policy: script-src 'none'`, so the pages' own
 *   scripts (ads, analytics, retry loops against the blocked network) never compete with what is
 *   measured. Extension content scripts are exempt from a page's CSP, and code injected through
 *   DevTools is too, so the measured code still runs.
 * - `isolate: true` adds COOP/COEP, which makes the page cross-origin isolated: Chromium then
 *   gives performance.now() 5 µs steps instead of 100 µs.
 *
 * @param {import('playwright-core').BrowserContext} context
 * @param {PageSpec[]} pages
 * @param {{ isolate: boolean, extra?: Map<string, string> }} options extra: path -> HTML
 */
export async function servePages(context, pages, { isolate, extra = new Map() }) {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const security = {
    'content-security-policy': "script-src 'none'",
    'cache-control': 'no-store',
    ...(isolate
      ? {
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
        }
      : {}),
  };
  await context.route('**/*', async (route) => {
    const request = route.request();
    let url;
    try {
      url = new URL(request.url());
    } catch {
      return route.abort('blockedbyclient');
    }
    if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
    const spec = request.resourceType() === 'document' ? byPath.get(url.pathname) : undefined;
    const inline = request.resourceType() === 'document' ? extra.get(url.pathname) : undefined;
    if (!spec && inline === undefined) {
      return route.fulfill({ status: 404, headers: security, contentType: 'text/plain', body: '' });
    }
    const body = spec ? await readFile(spec.file) : Buffer.from(inline ?? '', 'utf8');
    return route.fulfill({
      status: 200,
      headers: { ...security, 'content-type': htmlType(body) },
      body,
    });
  });
}

/**
 * A page that declares its charset in a meta tag gets no charset in the header, since the header
 * would override it (several corpus pages are GBK or ISO-8859-1); the others are UTF-8.
 */
function htmlType(body) {
  const head = body.subarray(0, 2048).toString('latin1').toLowerCase();
  return /<meta[^>]+charset/.test(head) ? 'text/html' : 'text/html; charset=utf-8';
}
