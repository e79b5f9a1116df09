import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: real Chromium driving the built extension (.output/chrome-mv3). Run through
 * `npm run test:e2e`, which builds first. One browser per file and files one at a time, because
 * each file's browser already uses several processes and the timing checks (hover intent, grace
 * periods) get flaky on a loaded machine.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
