import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts', 'components/**/*.test.tsx'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    // Some tests work through a megabyte of text or 100,000 names; speed is the benchmark's to
    // judge, so a slow or busy machine must not fail them.
    testTimeout: 60_000,
  },
});
