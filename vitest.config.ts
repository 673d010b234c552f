import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Builds the fixture province once (or finds it up to date) before any test file runs.
    globalSetup: ['tests/support/fixtureProvinceSetup.ts'],
    // Build tests run `astro build` on temporary copies of the content; one at a time on two cores.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
