import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'forks',
    // The install and the admin build set their own timeouts (the test file says why).
    testTimeout: 60_000,
  },
});
