import { defineConfig } from 'vitest/config';

/**
 * The Firefox smoke test: Firefox ESR driven over WebDriver BiDi (puppeteer-core) with the
 * Firefox build (.output/firefox-mv3) installed as a temporary add-on. Run through
 * `npm run test:firefox`, which builds first.
 */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
