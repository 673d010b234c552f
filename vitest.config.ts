import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run `astro build` on temporary copies of the content, each in its own
    // folder (the fixture province's one build is shared behind a lock): two files at
    // a time, one per core.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
  },
});
