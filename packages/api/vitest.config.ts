import { defineConfig } from 'vitest/config';
import { TEST_TIMEOUT_MS } from '../../scripts/test-timeouts.mjs';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // One PostgreSQL server for the run, shared with the db package's harness.
    globalSetup: ['../db/src/testing/global-setup.ts'],
    testTimeout: TEST_TIMEOUT_MS,
    hookTimeout: TEST_TIMEOUT_MS,
  },
});
