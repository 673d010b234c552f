import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run `astro build` on temporary copies of the content; one at a time on two cores.
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
