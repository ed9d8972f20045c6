import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type EditorBrowser, openEditorBrowser } from './harness/editor-browser';
import { queryGateway, readRest } from './harness/read-published';
import { screenshotsFor } from './harness/screenshots';
import { sharedSession } from './harness/shared-session';
import { adminWordsFor } from './pages/admin-words';
import { fieldGroup, tickLabels, typeDay } from './pages/custom-inputs';
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

describe('the Editor enters a repeating event through the recurrence editor', () => {
  const shot = screenshotsFor('event-recurrence');
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await shot(editor.page, 'failed').catch(() => undefined);
  });

  it('every Saturday until a date, one Saturday skipped: REST and the gateway serve the RRULE and the skipped instant', async () => {
    const { page } = editor;
    await openCreateForm(page, session.townUrl, EVENT);
    await fillText(page, { name: 'name', label: 'Titre' }, 'Marché du samedi');
    // Saturday 2 January 2027, 10:00 in Brussels (09:00 UTC, winter time).
    await fillDateTime(page, { name: 'start', label: 'Début' }, '2027-01-02', '10:00', words);

    const repeats = fieldGroup(page, 'Répétition');
    await repeats.getByRole('radio', { name: 'Chaque semaine' }).check();
    await tickLabels(repeats, ['Samedi']);
    await repeats.getByRole('radio', { name: 'À une date' }).check();
    await typeDay(page, repeats, 'Dernier jour', '2027-03-27');

    const skipped = fieldGroup(page, 'Dates annulées');
    await typeDay(page, skipped, 'Jour à passer', '2027-01-16');
    await skipped.getByRole('button', { name: 'Passer ce jour' }).click();
    await repeats.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await shot(page, 'filled');

    const documentId = await saveEntry(page, words);
    expect(await publishEntry(page, words)).toEqual({ kind: 'published' });
    // The saved form shows the last day entered, on a Brussels clock too (not the day before).
    expect(await repeats.getByLabel('Dernier jour', { exact: true }).inputValue()).toBe('27/03/2027');
    await shot(page, 'published');

    const rest = await readRest<Record<string, unknown>>(session, `/communes-agenda/events/${documentId}`);
    expect(rest.status).toBe(200);
    const entered = {
      name: 'Marché du samedi',
      start: '2027-01-02T09:00:00.000Z',
      recurrenceRule: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20270327',
      // The skipped Saturday at the event's start time, 10:00 in Brussels.
      recurrenceExceptions: ['2027-01-16T09:00:00.000Z'],
    };
    expect(rest.data).toMatchObject(entered);

    const { town } = await queryGateway<{ town: { events: { edges: { node: Record<string, unknown> }[] } } }>(
      session,
      // Its own event: other scenarios share the town and enter events of their own.
      'query ($code: String!) { town(code: $code) { events(filters: { name: { eq: "Marché du samedi" } }) { edges { node { documentId name start recurrenceRule recurrenceExceptions } } } } }',
      { code: session.townCode },
    );
    expect(town.events.edges.map((edge) => edge.node)).toEqual([{ documentId, ...entered }]);
  });
});
