/** The built extension the benchmark measures: wxt build (unless --no-build), then its manifest. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot, runBin } from '../harness-loader.mjs';

/**
 * @param {{ build: boolean, log: (message: string) => void }} options
 * @returns {Promise<{ extensionDir: string, manifest: any }>}
 */
export async function builtExtension({ build, log }) {
  if (build) {
    log('Building the extension (wxt build)...');
    if (runBin('wxt', ['build']) !== 0) {
      console.error('wxt build failed; the benchmark measures the built extension.');
      process.exit(1);
    }
  }
  const extensionDir = path.join(projectRoot, '.output', 'chrome-mv3');
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8'));
  return { extensionDir, manifest };
}
