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

  it('types members or picks them by name from the network, is told in French what is not an identifier, and REST and the gateway serve the members kept', async () => {
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
    // The network (the gateway's members) names it.
    await members.getByText('Sambreville (sambreville)', { exact: true }).waitFor();
    // Not a member of the network: kept, flagged.
    await typed.fill('eupen');
    await typed.press('Enter');
    await members.getByText('eupen (pas dans le réseau)', { exact: true }).waitFor();
    await typed.fill('sambreville');
    await add.click();
    await expect.poll(() => members.textContent()).toContain('Ce membre est déjà dans la liste.');
    // Picked by name among the network's members: what is typed need not be an identifier.
    await typed.fill('Zone de');
    const offered = members.getByRole('group', { name: 'Dans le réseau :' });
    await offered.getByRole('button', { name: 'Zone de police Sambre-Orneau (zone-police-sambre)' }).click();
    expect(await typed.inputValue()).toBe('');
    await members.getByRole('button', { name: 'Supprimer eupen' }).click();
    await members.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await shot(page, 'filled');
    // Two tags left, each removed by the identifier the town stores.
    expect(await members.getByRole('button', { name: /^Supprimer / }).count()).toBe(2);
    await members.getByRole('button', { name: 'Supprimer sambreville', exact: true }).waitFor();
    await members.getByRole('button', { name: 'Supprimer zone-police-sambre', exact: true }).waitFor();

    const documentId = await saveEntry(page, words);
    expect(await publishEntry(page, words)).toEqual({ kind: 'published' });
    const rest = await readRest<Record<string, unknown>>(session, `/communes-agenda/events/${documentId}`);
    expect(rest.status).toBe(200);
    expect(rest.data).toMatchObject({ name: 'Brocante des voisins', sharedWithMembers: ['sambreville', 'zone-police-sambre'] });

    const { town } = await queryGateway<{ town: { events: { nodes: { documentId: string; sharedWithMembers: string[] }[] } } }>(
      session,
      'query ($code: String!) { town(code: $code) { events(filters: { name: { eq: "Brocante des voisins" } }) { nodes { documentId sharedWithMembers } } } }',
      { code: session.townCode },
    );
    expect(town.events.nodes).toEqual([{ documentId, sharedWithMembers: ['sambreville', 'zone-police-sambre'] }]);
  });
});
