import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type EditorBrowser, openEditorBrowser } from './harness/editor-browser';
import { readRest } from './harness/read-published';
import { screenshotsFor } from './harness/screenshots';
import { sharedSession } from './harness/shared-session';
import { adminWordsFor } from './pages/admin-words';
import { countEntries } from './pages/count-entries';
import { fieldGroup, part, tickLabels, typeTime } from './pages/custom-inputs';
import { fillText } from './pages/fill-field';
import { openCreateForm } from './pages/open-content-type';

const SERVICE = 'plugin::communes-services.public-service';
const session = sharedSession();
const words = adminWordsFor(session.language);
let editor: EditorBrowser;

beforeAll(async () => {
  editor = await openEditorBrowser(session);
});
afterAll(async () => {
  await editor?.close();
});

/** Where the message shows: under the field, in the form. */
type Where = (page: Page) => Locator;

const cases: { what: string; enter(page: Page): Promise<void>; where: Where; message: RegExp }[] = [
  {
    what: 'opening hours that close before they open',
    async enter(page) {
      const hours = fieldGroup(page, 'Heures d’ouverture');
      await hours.getByRole('button', { name: 'Ajouter un horaire' }).click();
      const period = hours.getByRole('group', { name: 'Horaire 1' });
      await tickLabels(period, ['Lundi']);
      await typeTime(period, 'Ouvre à', '12:00');
      await typeTime(period, 'Ferme à', '08:30');
    },
    where: (page) => fieldGroup(page, 'Heures d’ouverture'),
    // The part is named as the form names it, never by the model's name (`closes`).
    message: /n° 1 › Ferme à : La fin doit venir après le début\./,
  },
  {
    what: 'a cost with a negative amount',
    async enter(page) {
      await part(fieldGroup(page, 'Coût'), 'Montant').fill('-5');
    },
    where: (page) => fieldGroup(page, 'Coût'),
    message: /Trop petit : au moins 0\./,
  },
  {
    what: 'a contact e-mail without @',
    async enter(page) {
      await part(fieldGroup(page, 'Contact'), 'Adresse e-mail').fill('accueil.villette.be');
    },
    where: (page) => fieldGroup(page, 'Contact'),
    message: /Adresse e-mail invalide : écrivez par exemple accueil@commune\.be\./,
  },
  {
    what: 'a channel’s web address without its scheme',
    async enter(page) {
      const channels = fieldGroup(page, 'Où et comment');
      await channels.getByRole('button', { name: 'Ajouter', exact: true }).click();
      const item = channels.getByRole('group', { name: 'Où et comment 1' });
      await item.getByRole('combobox').first().click();
      await page.getByRole('option', { name: 'En ligne', exact: true }).click();
      await part(item, 'Adresse web').fill('www.irisbox.be');
    },
    where: (page) => fieldGroup(page, 'Où et comment'),
    message: /Adresse web invalide : elle commence par https:\/\/\./,
  },
  {
    what: 'an online address without its scheme',
    async enter(page) {
      await fillText(page, { name: 'onlineUrl', label: 'Démarche en ligne' }, 'www.villette.be/carte');
    },
    // A plain Strapi field: the admin's own check (the schema's pattern) answers before the
    // town's, in Strapi's words.
    where: (page) => page.locator('main [role=tabpanel]').first(),
    message: /La valeur ne correspond pas au format attendu\./,
  },
  // An exception date that is not an occurrence of the rule: the model does not check it
  // (libs/domain/src/checks has no such rule), so there is no message to see yet.
];

describe('each invalid value gets its message under the field, and nothing is stored', () => {
  const shot = screenshotsFor('invalid-values');
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await shot(editor.page, 'failed').catch(() => undefined);
  });

  for (const { what, enter, where, message } of cases) {
    it(what, async () => {
      const { page } = editor;
      await openCreateForm(page, session.townUrl, SERVICE);
      const before = await countEntries(page, SERVICE);
      await fillText(page, { name: 'code', label: 'Code' }, `invalide-${before}`);
      await fillText(page, { name: 'name', label: 'Nom' }, 'Démarche refusée');
      await enter(page);
      await page.getByRole('button', { name: words.save, exact: true }).click();
      const shown = where(page).getByText(message).first();
      await shown.waitFor();
      await shown.scrollIntoViewIfNeeded();
      await shot(page, what.replace(/\W+/g, '-'));
      expect(page.url()).toContain('/create');
      expect(await countEntries(page, SERVICE)).toBe(before);
      expect((await readRest(session, '/communes-services/public-services?filters[name][$eq]=D%C3%A9marche%20refus%C3%A9e')).total).toBe(0);
    });
  }
});
