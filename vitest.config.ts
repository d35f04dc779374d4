import { defineConfig } from 'vitest/config';

// Unit tests run in Node. Browser-level behaviour is covered by Playwright (playwright.config.ts).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/db/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    reporters: process.env.CD_VITEST_JSON
      ? ['default', ['json', { outputFile: process.env.CD_VITEST_JSON }]]
      : ['default'],
    coverage: {
      provider: 'v8',
      include: ['shared/domain/**/*.ts'],
      exclude: ['**/*.test.ts', '**/index.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: '.cache/coverage',
    },
  },
});
