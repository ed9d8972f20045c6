import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type EditorBrowser, openEditorBrowser } from './harness/editor-browser';
import { readRest } from './harness/read-published';
import { screenshotsFor } from './harness/screenshots';
import { sharedSession } from './harness/shared-session';
import { adminWordsFor } from './pages/admin-words';
import { chooseOption, fieldGroup, part, tickLabels } from './pages/custom-inputs';
import { fieldLabels } from './pages/field-labels';
import { chooseRelation, fillDateTime, fillText } from './pages/fill-field';
import { openCreateForm, openEntry } from './pages/open-content-type';
import { publishEntry } from './pages/publish-entry';
import { saveEntry } from './pages/save-entry';

const SERVICE_TYPE = 'plugin::communes-requests.service-type';
const SERVICE_REQUEST = 'plugin::communes-requests.service-request';
const session = sharedSession();
const words = adminWordsFor(session.language);
let editor: EditorBrowser;

beforeAll(async () => {
  editor = await openEditorBrowser(session);
});
afterAll(async () => {
  await editor?.close();
});

/** A question of the kind of report, with its choices, entered through the nested sub-forms. */
interface QuestionEntered {
  code: string;
  kind: string;
  question: string;
  choices?: [key: string, name: string][];
}

const QUESTIONS: QuestionEntered[] = [
  {
    code: 'taille',
    kind: 'Un seul choix',
    question: 'Taille du trou',
    choices: [
      ['petit', 'Petit'],
      ['grand', 'Grand'],
    ],
  },
  {
    code: 'degats',
    kind: 'Plusieurs choix',
    question: 'Dégâts constatés',
    choices: [
      ['trou', 'Trou'],
      ['fissure', 'Fissure'],
    ],
  },
  { code: 'profondeur', kind: 'Nombre', question: 'Profondeur en centimètres' },
];

describe("the Editor answers a report's questions through the questions of its kind", () => {
  const shot = screenshotsFor('service-request');
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await shot(editor.page, 'failed').catch(() => undefined);
  });

  it('writes a kind of report with three questions, then a report whose answers are picked by their words; REST stores them by code', async () => {
    const { page } = editor;
    await openCreateForm(page, session.townUrl, SERVICE_TYPE);
    // Read once the page is on the town: the admin API answers with the logged-in page's token.
    const typeLabels = await fieldLabels(page, SERVICE_TYPE);
    const labels = await fieldLabels(page, SERVICE_REQUEST);
    await fillText(page, { name: 'serviceCode', label: typeLabels.serviceCode! }, 'nid-de-poule');
    await fillText(page, { name: 'name', label: typeLabels.name! }, 'Nid-de-poule');
    const questions = fieldGroup(page, typeLabels.attributes!);
    for (const [index, { code, kind, question, choices = [] }] of QUESTIONS.entries()) {
      // The list's own button comes after its items (each item holds its choices' button).
      await questions.getByRole('button', { name: 'Ajouter', exact: true }).last().click();
      const item = questions.getByRole('group', { name: `${typeLabels.attributes} ${index + 1}` });
      await part(item, 'Code').fill(code);
      await chooseOption(page, item, kind);
      await part(item, 'Question').fill(question);
      for (const [n, [key, name]] of choices.entries()) {
        const list = item.getByRole('group', { name: /^Choix proposés$/ });
        await list.getByRole('button', { name: 'Ajouter', exact: true }).click();
        const choice = list.getByRole('group', { name: `Choix proposés ${n + 1}` });
        await part(choice, 'Code du choix').fill(key);
        await part(choice, 'Libellé').fill(name);
      }
    }
    await saveEntry(page, words);
    expect(await publishEntry(page, words)).toEqual({ kind: 'published' });

    await openCreateForm(page, session.townUrl, SERVICE_REQUEST);
    const answers = fieldGroup(page, labels.attributeValues!);
    // No kind of report linked yet: the input says where its questions come from.
    await answers.getByText('Choisissez d’abord le type de signalement').waitFor();
    await fillText(page, { name: 'description', label: labels.description! }, 'Un trou profond devant le n° 12');
    await fillDateTime(page, { name: 'requestedAt', label: labels.requestedAt! }, '2026-11-30', '09:00', words);
    await chooseRelation(page, { name: 'serviceType', label: labels.serviceType! }, 'Nid-de-poule');
    const question = (words: string) => answers.getByRole('group', { name: new RegExp(`^${words}`) }).first();
    await chooseOption(page, question('Taille du trou'), 'Grand');
    await tickLabels(question('Dégâts constatés'), ['Trou', 'Fissure']);
    await part(answers, 'Profondeur en centimètres').fill('12,5');
    await answers.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await shot(page, 'answers-filled');
    expect(await answers.textContent()).not.toMatch(/taille|degats|profondeur|grand\b|\{|"/);

    const documentId = await saveEntry(page, words);
    expect(await publishEntry(page, words)).toEqual({ kind: 'published' });
    const rest = await readRest<Record<string, unknown>>(session, `/communes-requests/service-requests/${documentId}`);
    expect(rest.status).toBe(200);
    expect(rest.data.attributeValues).toEqual({ taille: 'grand', degats: ['trou', 'fissure'], profondeur: 12.5 });

    // Reopened, the saved kind's questions show the stored answers by their words.
    await openEntry(page, session.townUrl, SERVICE_REQUEST, documentId);
    const reopened = fieldGroup(page, labels.attributeValues!);
    await reopened
      .getByRole('group', { name: /^Taille du trou/ })
      .getByRole('combobox')
      .filter({ hasText: 'Grand' })
      .waitFor();
    expect(await reopened.getByRole('checkbox', { name: 'Fissure', exact: true }).isChecked()).toBe(true);
    expect(await part(reopened, 'Profondeur en centimètres').inputValue()).toBe('12,5');
    await reopened.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await shot(page, 'answers-reopened');
  });
});
