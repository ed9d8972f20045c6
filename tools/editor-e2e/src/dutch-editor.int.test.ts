import { communesModel, contentTypeNamed, editorTypeName, namingOf } from '@communes/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inspectEditorForm } from './checks/inspect-editor-form';
import { launchChromium } from './harness/launch-chromium';
import { readRest } from './harness/read-published';
import { screenshotsFor } from './harness/screenshots';
import { type EditorTown, startEditorTown } from './harness/start-editor-town';
import { screenshotWholePage } from './harness/whole-page-screenshot';
import { labelAt } from './model/label-at';
import { codeLabel, vocabularyAt, vocabularyLabels } from './model/vocabulary-fields';
import { adminWordsFor } from './pages/admin-words';
import { fieldGroup, part, tickLabels, tickOnly, typeTime } from './pages/custom-inputs';
import { dismissAnnouncement } from './pages/dismiss-announcement';
import { fillText } from './pages/fill-field';
import { INPUT_WORDS } from './pages/input-words';
import { leaveUnsavedForms } from './pages/leave-unsaved-forms';
import { logIn } from './pages/log-in';
import { openCreateForm } from './pages/open-content-type';
import { publishEntry } from './pages/publish-entry';
import { readContentTypesMenu } from './pages/read-content-types-menu';
import { saveEntry } from './pages/save-entry';

/** A Flemish town: Dutch is its main and only language, its editors' too. */
const LOCALE = 'nl';
const SERVICE = contentTypeNamed('public-service');
const SERVICE_UID = namingOf(SERVICE).uid;
/** Every label the scenario finds an input by is the model's Dutch one. */
const label = (path: string) => labelAt(SERVICE, path, LOCALE);
const words = INPUT_WORDS.nl;
const DUTCH_FORMS = ['agenda-item', 'event', 'public-service', 'service-request'];

let town: EditorTown;
let browser: Browser;
let page: Page;
/** The interface language the admin showed after login. */
let language: string;

beforeAll(async () => {
  town = await startEditorTown({ locales: [LOCALE], identity: { code: 'vlietbeek', name: 'Vlietbeek' } });
  browser = await launchChromium();
  // A Flemish editor's browser: Dutch, on Brussels clocks.
  const context = await browser.newContext({ locale: 'nl-BE', timezoneId: 'Europe/Brussels', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  language = await logIn(page, town.url, town.account);
  await dismissAnnouncement(page);
  // The form inspected is left with an item added to each list, unsaved.
  leaveUnsavedForms(page);
});
afterAll(async () => {
  await browser?.close();
  await town?.stop();
});

describe('an editor of a Dutch-speaking town works in Dutch', () => {
  const shot = screenshotsFor('dutch-editor');
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await shot(page, 'failed').catch(() => undefined);
  });

  it('the admin speaks Dutch, and its Content Manager names every type in the model’s Dutch words', async () => {
    expect(language).toBe(LOCALE);
    const menu = await readContentTypesMenu(page, town.url);
    await shot(page, 'content-manager');
    expect(await page.getByRole('navigation').first().getByRole('link').allTextContents()).toContain(adminWordsFor(language).mediaLibrary);
    expect(menu.map((type) => type.name).sort()).toEqual(communesModel.contentTypes.map((type) => editorTypeName(type, LOCALE)).sort());
    expect(menu.map((type) => type.uid).sort()).toEqual(communesModel.contentTypes.map((type) => namingOf(type).uid).sort());
  });

  // The French sweep (every-form.int.test.ts) opens every type's form, and the model's own test
  // holds every label in Dutch (editor-text-gaps.test.ts); the language reaches the forms
  // through one path, so Dutch is checked on the forms with each kind of input: a relation, a
  // recurrence, structs and opening hours, a kind's questions.
  for (const type of DUTCH_FORMS.map((name) => contentTypeNamed(name))) {
    const name = type.names.singular;
    it(`${name}: the create form has the model’s Dutch labels and vocabulary labels, no JSON editor, no developer wording`, async () => {
      await openCreateForm(page, town.url, namingOf(type).uid, LOCALE);
      const report = await inspectEditorForm(page, type, LOCALE, words);
      await screenshotWholePage(page, (shown) => shot(shown, `${name}-form`));
      expect.soft(report.developerWording, 'developer wording on the page').toEqual([]);
      expect.soft(report.jsonEditors, 'raw JSON editors, by their label').toEqual([]);
      expect.soft(report.wrongLabels, 'labels that are not the model’s Dutch ones').toEqual([]);
      expect.soft(report.developerLabels, 'labels that are a field’s name or its English label').toEqual([]);
      expect.soft(report.wrongChoices, 'vocabulary inputs not offering the Dutch labels').toEqual([]);
      expect.soft(report.missingPickers, 'vocabulary fields without an input offering labels').toEqual([]);
    });
  }

  it('enters and publishes a public service in Dutch: the town’s REST API serves exactly what was entered', async () => {
    const admin = adminWordsFor(language);
    await openCreateForm(page, town.url, SERVICE_UID, LOCALE);
    await fillText(page, { name: 'code', label: label('code') }, 'bewonerskaart');
    await fillText(page, { name: 'name', label: label('name') }, 'Bewonerskaart voor parkeren');
    await tickLabels(fieldGroup(page, label('audiences')), [codeLabel(vocabularyAt(SERVICE, 'audiences'), 'newcomer', LOCALE)]);

    const cost = fieldGroup(page, label('cost'));
    await part(cost, label('cost.amount')).fill('12,50');
    await part(cost, label('cost.description')).fill('Gratis voor wie een gehandicaptenkaart heeft');

    const hours = fieldGroup(page, label('openingHours'));
    await hours.getByRole('button', { name: words.addPeriod, exact: true }).click();
    const period = hours.getByRole('group', { name: `${words.period} 1`, exact: true });
    // A new period comes with Monday to Friday: what is stored must be what the editor chose.
    const days = vocabularyAt(SERVICE, 'openingHours.dayOfWeek');
    const chosen = ['monday', 'wednesday', 'saturday'];
    await tickOnly(
      period,
      vocabularyLabels(days, LOCALE).map((day) => day!),
      chosen.map((day) => codeLabel(days, day, LOCALE)),
    );
    await typeTime(period, label('openingHours.opens'), '08:30');
    await typeTime(period, label('openingHours.closes'), '12:15');
    await hours.scrollIntoViewIfNeeded();
    await shot(page, 'public-service-filled');

    const documentId = await saveEntry(page, admin);
    expect(await publishEntry(page, admin)).toEqual({ kind: 'published' });
    await screenshotWholePage(page, (shown) => shot(shown, 'public-service-published'));

    const rest = await readRest<Record<string, unknown>>(town, `/communes-services/public-services/${documentId}?locale=${LOCALE}`);
    expect(rest.status).toBe(200);
    expect(rest.data).toMatchObject({
      documentId,
      locale: LOCALE,
      code: 'bewonerskaart',
      name: 'Bewonerskaart voor parkeren',
      audiences: ['newcomer'],
    });
    expect(rest.data.cost).toEqual({ amount: 12.5, currency: 'EUR', description: 'Gratis voor wie een gehandicaptenkaart heeft' });
    expect(rest.data.openingHours).toEqual([{ dayOfWeek: chosen, opens: '08:30:00', closes: '12:15:00' }]);
  });
});
