import { defineConfig } from 'vitest/config';

// Unit tests run in Node. Browser-level behaviour is covered by Playwright (playwright.config.ts).
// The server's tests are a project of their own: its globalSetup starts a PostgreSQL on loopback,
// and Vitest runs it only when server tests are among the files run.
export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    reporters: process.env.CD_VITEST_JSON
      ? ['default', ['json', { outputFile: process.env.CD_VITEST_JSON }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}', 'test/db/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['test/server/**/*.test.ts'],
          globalSetup: ['test/server/setup/postgres-cluster.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['shared/domain/**/*.ts'],
      exclude: ['**/*.test.ts', '**/index.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: '.cache/coverage',
    },
  },
});
