import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type EditorBrowser, openEditorBrowser } from './harness/editor-browser';
import { queryGateway } from './harness/read-published';
import { screenshotsFor } from './harness/screenshots';
import { sharedSession } from './harness/shared-session';
import { adminStatus } from './pages/admin-request';

const session = sharedSession();
const PAGE = '/admin/settings/communes/sharing';
const API = '/communes-core/sharing';
let chief: EditorBrowser;
let editor: EditorBrowser;

const manifestSubscriptions = async () =>
  ((await (await fetch(`${session.api}/communes-core/manifest`)).json()) as { subscriptions: string[] }).subscriptions;
const gatewaySubscriptions = async () =>
  (
    await queryGateway<{ town: { subscriptions: string[] } }>(session, 'query ($code: String!) { town(code: $code) { subscriptions } }', {
      code: session.townCode,
    })
  ).town.subscriptions;

beforeAll(async () => {
  chief = await openEditorBrowser(session, 'chief');
  editor = await openEditorBrowser(session);
});
afterAll(async () => {
  await chief?.close();
  await editor?.close();
});

describe('the town chooses in its admin panel, in French, what its listings follow', () => {
  const shot = screenshotsFor('sharing-settings');
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await shot(chief.page, 'failed').catch(() => undefined);
  });

  it('the Editor, who enters content, neither sees the page in the settings nor reaches its API', async () => {
    const { page } = editor;
    await page.goto(`${session.townUrl}/admin/settings`);
    // The settings menu once drawn: an Editor sees its overview only.
    await page.getByRole('link', { name: 'Aperçu' }).waitFor();
    expect(await page.getByRole('link', { name: 'Partage entre membres' }).count()).toBe(0);
    expect(await adminStatus(page, 'GET', API)).toBe(403);
    expect(await adminStatus(page, 'PUT', API, { subscriptions: ['wallonia'] })).toBe(403);
    await page.goto(`${session.townUrl}${PAGE}`);
    // Strapi's own "no permissions" page, never the form.
    await page.getByText("Vous n'avez pas les permissions pour accéder à ce contenu").waitFor();
    expect(await page.getByRole('button', { name: 'Enregistrer' }).count()).toBe(0);
  });

  it('the super admin ticks a channel, adds a member (not the town itself), saves; the town serves it, then the gateway', async () => {
    const { page } = chief;
    await page.goto(`${session.townUrl}/admin/settings`);
    await page.getByRole('link', { name: 'Partage entre membres' }).click();
    await page.waitForURL(new RegExp(`${PAGE}$`));
    await page.getByText('Ce sont les réglages avec lesquels votre serveur a été installé.').waitFor();
    const save = page.getByRole('button', { name: 'Enregistrer' });
    expect(await save.isDisabled()).toBe(true);

    await page.getByRole('checkbox', { name: 'Région wallonne' }).click();
    const members = page.locator('main').getByRole('group', { name: /^Membres suivis/ });
    const typed = members.getByLabel('Identifiant du membre', { exact: true });
    await typed.fill('Villette');
    await typed.press('Enter');
    await expect.poll(() => members.textContent()).toContain('Un membre ne se suit pas lui-même');
    // The town itself is never offered; Seneffe, a member of the network, is, by its name.
    await typed.fill('ville');
    const offered = members.getByRole('group', { name: 'Dans le réseau :' });
    await offered.getByRole('button', { name: 'Sambreville (sambreville)' }).waitFor();
    expect(await offered.getByRole('button', { name: /villette/i }).count()).toBe(0);
    await typed.fill('sene');
    await offered.getByRole('button', { name: 'Seneffe (seneffe)' }).click();
    await members.getByRole('button', { name: 'Supprimer seneffe', exact: true }).waitFor();
    await members.getByText('Seneffe (seneffe)', { exact: true }).waitFor();
    await shot(page, 'chosen');

    await save.click();
    await page.getByText('Enregistré.', { exact: true }).first().waitFor();
    await page.getByText(/Enregistré ici le .+ par /).waitFor();
    expect(await manifestSubscriptions()).toEqual(['wallonia', 'member:seneffe']);
    await shot(page, 'saved');

    // The gateway reads a town's manifest again after at most a minute: what the page promises.
    await expect.poll(gatewaySubscriptions, { timeout: 90_000, interval: 5_000 }).toEqual(['wallonia', 'member:seneffe']);
  });

  it("goes back to the server's settings with one button", async () => {
    const { page } = chief;
    await page.getByRole('button', { name: 'Revenir aux réglages du serveur' }).click();
    await page.getByText('Ce sont les réglages avec lesquels votre serveur a été installé.').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Région wallonne' }).isChecked()).toBe(false);
    expect(await manifestSubscriptions()).toEqual([]);
  });
});
