import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The packed plugin's suite (an npm install and a Vite build of the admin panel) last: by then
 * the other projects' suites are done, and it has the 2 cores to itself. Run while the editor
 * suite built its own admin panel, it took 9 minutes instead of 2 and a half.
 */
class PackedPluginLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const last = (file: TestSpecification) => file.moduleId.includes('packed-plugin');
    return [...sorted.filter((file) => !last(file)), ...sorted.filter(last)];
  }
}

export default defineConfig({
  resolve: {
    // The gateway's source, not its build: the suites test what is in the tree.
    alias: { '@communes/gateway': fileURLToPath(new URL('../../apps/gateway/src/index.ts', import.meta.url)) },
  },
  test: {
    pool: 'forks',
    // Seeded SQLite towns are shared by the suites of one run (see seed-town-cached.ts).
    globalSetup: ['./src/seed-cache-setup.ts'],
    sequence: { sequencer: PackedPluginLast },
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
