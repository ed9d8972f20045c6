import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'forks',
    // The install and the admin build set their own timeouts (the test file says why).
    testTimeout: 60_000,
    // Removing the app's node_modules took over 10 s (Vitest's default) beside the other suites.
    hookTimeout: 300_000,
  },
});
