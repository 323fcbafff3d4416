import { defineConfig } from 'vitest/config';

/**
 * The Firefox smoke test: real Firefox ESR, the built extension, one browser at a time. Run after the
 * Chromium end-to-end tests by `npm test` (never in parallel with them: two cores).
 */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
