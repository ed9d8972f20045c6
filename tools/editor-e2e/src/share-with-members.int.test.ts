import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type EditorBrowser, openEditorBrowser } from './harness/editor-browser';
import { queryGateway, readRest } from './harness/read-published';
import { screenshotsFor } from './harness/screenshots';
import { sharedSession } from './harness/shared-session';
import { adminWordsFor } from './pages/admin-words';
import { fieldGroup } from './pages/custom-inputs';
import { fillDateTime, fillText } from './pages/fill-field';
import { openCreateForm } from './pages/open-content-type';
import { publishEntry } from './pages/publish-entry';
import { saveEntry } from './pages/save-entry';

const EVENT = 'plugin::communes-agenda.event';
const session = sharedSession();
const words = adminWordsFor(session.language);
let editor: EditorBrowser;

beforeAll(async () => {
  editor = await openEditorBrowser(session);
});
afterAll(async () => {
  await editor?.close();
});

describe('the Editor shares an event with other members by name', () => {
  const shot = screenshotsFor('share-with-members');
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await shot(editor.page, 'failed').catch(() => undefined);
  });

  it('types members one by one, is told in French what is not an identifier, and REST and the gateway serve the members kept', async () => {
    const { page } = editor;
    await openCreateForm(page, session.townUrl, EVENT);
    await fillText(page, { name: 'name', label: 'Titre' }, 'Brocante des voisins');
    await fillDateTime(page, { name: 'start', label: 'Début' }, '2027-05-08', '09:00', words);

    const members = fieldGroup(page, 'Partager avec des membres');
    const typed = members.getByLabel('Identifiant du membre', { exact: true });
    const add = members.getByRole('button', { name: 'Ajouter ce membre' });
    await typed.fill('Fleurus Ville');
    await add.click();
    await expect.poll(() => members.textContent()).toContain('Écrivez l’identifiant du membre : lettres minuscules, chiffres et tirets');
    // Written as an editor might: capitals and a space around it.
    await typed.fill(' Sambreville ');
    await add.click();
    // Enter adds the member; it does not save the form.
    await typed.fill('eupen');
    await typed.press('Enter');
    await typed.fill('sambreville');
    await add.click();
    await expect.poll(() => members.textContent()).toContain('Ce membre est déjà dans la liste.');
    await members.getByRole('button', { name: 'Supprimer eupen' }).click();
    await members.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await shot(page, 'filled');
    // One tag left, Sambreville's, written as the identifier the town stores.
    expect(await members.getByRole('button', { name: /^Supprimer / }).count()).toBe(1);
    await members.getByRole('button', { name: 'Supprimer sambreville', exact: true }).waitFor();

    const documentId = await saveEntry(page, words);
    expect(await publishEntry(page, words)).toEqual({ kind: 'published' });
    const rest = await readRest<Record<string, unknown>>(session, `/communes-agenda/events/${documentId}`);
    expect(rest.status).toBe(200);
    expect(rest.data).toMatchObject({ name: 'Brocante des voisins', sharedWithMembers: ['sambreville'] });

    const { town } = await queryGateway<{ town: { events: { nodes: { documentId: string; sharedWithMembers: string[] }[] } } }>(
      session,
      'query ($code: String!) { town(code: $code) { events(filters: { name: { eq: "Brocante des voisins" } }) { nodes { documentId sharedWithMembers } } } }',
      { code: session.townCode },
    );
    expect(town.events.nodes).toEqual([{ documentId, sharedWithMembers: ['sambreville'] }]);
  });
});
