import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { holdAdminPanel } from './hold-admin-panel';
import { launchChromium } from './launch-chromium';
import { ARTIFACTS_DIR } from './paths';
import { startEditorTown } from './start-editor-town';
import type { SharedSession } from './shared-session';
import { startGatewayOverTown } from './start-gateway-over-town';
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
 * accounts made by the operator's command), the gateway over it, and one login as the Editor,
 * kept as a storage state: every scenario file reuses them (Strapi limits login attempts).
 */
export default async function setup(project: Provider): Promise<() => Promise<void>> {
  const hold = await holdAdminPanel({ reuse: process.env.EDITOR_E2E_REUSE_ADMIN_BUILD === 'true' });
  console.log(hold.buildMs ? `[editor-e2e] admin panel built in ${Math.round(hold.buildMs / 1000)} s` : '[editor-e2e] admin panel reused');
  const stops: (() => Promise<void>)[] = [() => hold.release()];
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error('[editor-e2e] teardown', error));
  };
  try {
    const town = await startEditorTown();
    stops.push(() => town.stop());
    console.log(`[editor-e2e] accounts made and town listening in ${Math.round(town.startMs / 1000)} s`);
    const gateway = await startGatewayOverTown(town);
    stops.push(() => gateway.stop());
    const browser = await launchChromium();
    // The Editor's login token: removed when the run ends, with the town it opens.
    const storageState = join(ARTIFACTS_DIR, 'editor-session.json');
    stops.push(async () => rmSync(storageState, { force: true }));
    let language: string;
    try {
      const context = await browser.newContext({ locale: 'fr-BE' });
      const page = await context.newPage();
      language = await logIn(page, town.url, town.account);
      // Kept in the storage state: no announcement over the scenarios' pages and screenshots.
      await dismissAnnouncement(page);
      await context.storageState({ path: storageState });
    } finally {
      await browser.close();
    }
    console.log(`[editor-e2e] logged in as the Editor; the admin speaks ${language}`);
    project.provide('session', { townUrl: town.url, api: town.api, townCode: town.code, gatewayUrl: gateway.url, storageState, language });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
