import { holdAdminPanel } from './hold-admin-panel';

/**
 * Vitest's global setup: the admin panel is built once per run, before any browser test, and
 * no other build replaces it until the run ends. EDITOR_E2E_REUSE_ADMIN_BUILD=true keeps an
 * existing build (faster local runs; CI always builds what is in the tree).
 */
export default async function setup(): Promise<() => Promise<void>> {
  const hold = await holdAdminPanel({ reuse: process.env.EDITOR_E2E_REUSE_ADMIN_BUILD === 'true' });
  console.log(hold.buildMs ? `[editor-e2e] admin panel built in ${Math.round(hold.buildMs / 1000)} s` : '[editor-e2e] admin panel reused');
  return () => hold.release();
}
