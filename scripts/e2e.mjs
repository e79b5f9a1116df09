/**
 * npm run test:e2e: build the extension, then run the end-to-end tests in real Chromium.
 * Extra arguments go to Vitest (e.g. `npm run test:e2e -- -t hover`).
 */
import { ensureChromium, loadHarness, runBin } from './harness-loader.mjs';

const harness = await loadHarness();
// Installing system packages is only done where someone asked for it: CI, or an explicit opt-in.
const install = process.env.REGLENS_INSTALL_CHROMIUM === '1' || process.env.CI === 'true';
if (!ensureChromium(harness, { install })) process.exit(1);

const built = runBin('wxt', ['build']);
if (built !== 0) {
  console.error('wxt build failed; the end-to-end tests need .output/chrome-mv3.');
  process.exit(built);
}

process.exit(
  runBin('vitest', ['run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]),
);
