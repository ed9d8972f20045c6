import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type EditorBrowser, openEditorBrowser } from './harness/editor-browser';
import { screenshotsFor } from './harness/screenshots';
import { sharedSession } from './harness/shared-session';

const session = sharedSession();
let editor: EditorBrowser;

beforeAll(async () => {
  editor = await openEditorBrowser(session);
});
afterAll(async () => {
  await editor?.close();
});

describe('what the Editor role shows, in French', () => {
  const shot = screenshotsFor('editor-menu');
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await shot(editor.page, 'failed').catch(() => undefined);
  });

  it('the menu offers the content and the media library, not the Content-Type Builder, the Marketplace or the users', async () => {
    const { page } = editor;
    await page.goto(`${session.townUrl}/admin`);
    const menu = page.getByRole('navigation').first();
    await menu.getByRole('link', { name: 'Accueil' }).waitFor();
    await shot(page, 'home');
    const links = await menu.getByRole('link').allTextContents();
    expect(links).toEqual(expect.arrayContaining(['Content Manager', 'Médiathèque']));
    for (const hidden of [/Content-Type Builder|Générateur de types/, /Marketplace/, /Utilisateurs|Users/])
      expect(links.filter((link) => hidden.test(link))).toEqual([]);

    // Settings hold only the overview for an Editor: no users, roles, tokens or webhooks.
    await page.goto(`${session.townUrl}/admin/settings`);
    await page.getByRole('link', { name: 'Aperçu' }).waitFor();
    await shot(page, 'settings');
    const settings = await page.getByRole('link').allTextContents();
    for (const hidden of [/Utilisateurs|Users/, /Rôles|Roles/, /Jetons|Tokens/, /Webhooks/])
      expect(settings.filter((link) => hidden.test(link))).toEqual([]);
  });

  it('the Content Manager lists the Communes types in French, and not Strapi\'s "User" type', async () => {
    const { page } = editor;
    await page.goto(`${session.townUrl}/admin/content-manager`);
    const types = page.getByRole('navigation', { name: /Contenu|Content/ });
    await types.getByRole('link', { name: 'Services · Démarche' }).waitFor();
    await shot(page, 'content-types');
    const names = (await types.getByRole('link').allTextContents()).map((name) => name.trim());
    expect(names).toEqual(
      expect.arrayContaining(['Conseil · Séance', 'Agenda · Événement', 'Services · Démarche', 'Actualités · Actualité']),
    );
    expect(names.filter((name) => /^(User|Utilisateur)/.test(name))).toEqual([]);
  });
});
