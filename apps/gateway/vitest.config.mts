import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The files of a worker share its modules: each test file starts its own gateways and towns
    // and keeps no module state of its own, and importing the schema, Apollo and graphql once
    // per worker instead of once per file halves the suite's time (150 s to 71 s alone).
    isolate: false,
  },
});
