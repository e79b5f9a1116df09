/**
 * npm run check:bundle [dir...]: fails when a built extension (every folder in .output/ by
 * default) has a script that turns strings into code or markup (scripts/build/dynamic-code.ts),
 * a page that loads a script from elsewhere, or a manifest whose CSP lets the extension's pages run
 * scripts from, or connect to, anything but the extension itself.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { findDynamicCode } from './build/dynamic-code';

async function scriptsUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.m?js$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function builds(): Promise<string[]> {
  const output = '.output';
  const entries = await readdir(output, { withFileTypes: true }).catch(() => []);
  const dirs: string[] = [];
  for (const entry of entries) {
    const dir = path.join(output, entry.name);
    if (entry.isDirectory() && (await stat(path.join(dir, 'manifest.json')).catch(() => null))) {
      dirs.push(dir);
    }
  }
  return dirs;
}

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : await builds();
if (dirs.length === 0) {
  console.error('No built extension in .output/: run `npx wxt build` first.');
  process.exit(1);
}

let problems = 0;
for (const dir of dirs) {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as {
    content_security_policy?: { extension_pages?: string };
  };
  const policy = manifest.content_security_policy?.extension_pages ?? '';
  for (const directive of ['script-src', 'connect-src']) {
    const sources = new RegExp(`${directive}([^;]*)`).exec(policy)?.[1]?.trim().split(/\s+/) ?? [];
    if (sources.length === 0 || sources.some((source) => source !== "'self'")) {
      console.error(`${dir}/manifest.json: the extension's ${directive} allows more than 'self'`);
      problems++;
    }
  }
  for (const page of (await readdir(dir)).filter((name) => name.endsWith('.html'))) {
    const html = await readFile(path.join(dir, page), 'utf8');
    for (const [, source] of html.matchAll(/<script[^>]*\ssrc="([^"]*)"/g)) {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(source!)) {
        console.error(`${dir}/${page}: loads a script from ${source}`);
        problems++;
      }
    }
  }
  const files = await scriptsUnder(dir);
  for (const file of files) {
    for (const finding of findDynamicCode(await readFile(file, 'utf8'))) {
      console.error(`${file}:${finding.at}: ${finding.kind}: …${finding.excerpt}…`);
      problems++;
    }
  }
  console.log(`${dir}: ${files.length} scripts checked`);
}
if (problems > 0) {
  console.error(`${problems} problems`);
  process.exit(1);
}
console.log('No eval, no Function constructor, no dynamic HTML; scripts only from the extension.');
