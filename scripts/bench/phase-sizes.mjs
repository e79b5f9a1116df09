/** What ships: every script of the built extension, raw and gzipped, and where it runs. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {import('./phases.mjs').Phase} */
export default {
  title: 'shipped script sizes',
  browser: null,
  async run(bench) {
    const { extensionDir, manifest, results } = bench;
    // The content scripts the browser reported when the extension's browser opened.
    const injected = new Set(
      (bench.pageScripts ?? []).flatMap((c) => c.js ?? []).map((js) => js.replace(/^\//, '')),
    );
    // Scripts the background injects into a page when asked (scripting.executeScript names them).
    const background = await readFile(
      path.join(extensionDir, manifest.background.service_worker),
      'utf8',
    );
    const files = [];
    const walk = async (dir) => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (entry.name.endsWith('.js')) {
          const body = await readFile(full);
          const rel = path.relative(extensionDir, full).split(path.sep).join('/');
          files.push({
            file: rel,
            bytes: (await stat(full)).size,
            gzipBytes: gzipSync(body).length,
            everyPage: injected.has(rel),
            onRequest: !injected.has(rel) && background.includes(`/${rel}`),
          });
        }
      }
    };
    await walk(extensionDir);
    results.sizes = files.sort(
      (a, b) => Number(b.everyPage) - Number(a.everyPage) || b.bytes - a.bytes,
    );
  },
};
