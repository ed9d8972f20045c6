import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { holdAdminPanel } from './hold-admin-panel';
import { launchChromium } from './launch-chromium';
import { ARTIFACTS_DIR } from './paths';
import { startEditorTown } from './start-editor-town';
import type { SharedSession } from './shared-session';
import { startNetworkGateway } from './start-network-gateway';
import { dismissAnnouncement } from '../pages/dismiss-announcement';
import { logIn } from '../pages/log-in';

/** What the setup needs of Vitest's TestProject (vitest/node is ESM-only for this CommonJS package's types). */
interface Provider {
  provide(key: 'session', value: SharedSession): void;
}

/**
 * Vitest's global setup: the admin panel is built once per run, before any browser test, and
 * no other build replaces it until the run ends. EDITOR_E2E_REUSE_ADMIN_BUILD=true keeps an
 * existing build (faster local runs; CI always builds what is in the tree). Then one town (its
 * accounts made by the operator's command), the gateway over it, and one login as the Editor and one as the super admin,
 * kept as storage states: every scenario file reuses them (Strapi limits login attempts).
 */
export default async function setup(project: Provider): Promise<() => Promise<void>> {
  const hold = await holdAdminPanel({ reuse: process.env.EDITOR_E2E_REUSE_ADMIN_BUILD === 'true' });
  console.log(hold.buildMs ? `[editor-e2e] admin panel built in ${Math.round(hold.buildMs / 1000)} s` : '[editor-e2e] admin panel reused');
  const stops: (() => Promise<void>)[] = [() => hold.release()];
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error('[editor-e2e] teardown', error));
  };
  try {
    const gateway = await startNetworkGateway();
    stops.push(() => gateway.stop());
    const town = await startEditorTown({ networkUrl: gateway.url });
    stops.push(() => town.stop());
    console.log(`[editor-e2e] accounts made and town listening in ${Math.round(town.startMs / 1000)} s`);
    await gateway.federate(town);
    const browser = await launchChromium();
    // The Editor's and the super admin's login tokens: removed when the run ends, with the town they open.
    const storageState = join(ARTIFACTS_DIR, 'editor-session.json');
    const chiefStorageState = join(ARTIFACTS_DIR, 'chief-session.json');
    stops.push(async () => {
      for (const file of [storageState, chiefStorageState]) rmSync(file, { force: true });
    });
    let language = '';
    try {
      for (const [account, file] of [
        [town.account, storageState],
        [town.chief, chiefStorageState],
      ] as const) {
        const context = await browser.newContext({ locale: 'fr-BE' });
        const page = await context.newPage();
        const spoken = await logIn(page, town.url, account);
        if (account === town.account) language = spoken;
        // Kept in the storage state: no announcement over the scenarios' pages and screenshots.
        await dismissAnnouncement(page);
        await context.storageState({ path: file });
        await context.close();
      }
    } finally {
      await browser.close();
    }
    console.log(`[editor-e2e] logged in as the Editor and the super admin; the admin speaks ${language}`);
    project.provide('session', {
      townUrl: town.url,
      api: town.api,
      townCode: town.code,
      gatewayUrl: gateway.url,
      storageState,
      chiefStorageState,
      language,
    });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
