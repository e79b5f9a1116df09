/**
 * npm run test:firefox: build the Firefox package, then run the Firefox smoke test
 * (tests/firefox/) in Firefox ESR. Extra arguments go to Vitest.
 */
import { runBin } from './harness-loader.mjs';

const built = runBin('wxt', ['build', '-b', 'firefox', '--mv3']);
if (built !== 0) {
  console.error('wxt build failed; the Firefox smoke test needs .output/firefox-mv3.');
  process.exit(built);
}

process.exit(
  runBin('vitest', ['run', '--config', 'vitest.firefox.config.ts', ...process.argv.slice(2)]),
);
