import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type EditorBrowser, openEditorBrowser } from './harness/editor-browser';
import { queryGateway, readRest } from './harness/read-published';
import { updateReadmeScreenshot } from './harness/readme-screenshot';
import { screenshotsFor } from './harness/screenshots';
import { sharedSession } from './harness/shared-session';
import { adminWordsFor } from './pages/admin-words';
import { waitForNoticesToClose } from './pages/wait-for-notices';
import { chooseOption, fieldGroup, part, tickLabels, typeDay, typeTime } from './pages/custom-inputs';
import { fillText } from './pages/fill-field';
import { openCreateForm } from './pages/open-content-type';
import { publishEntry } from './pages/publish-entry';
import { saveEntry } from './pages/save-entry';

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

describe('the Editor enters a public service through the Communes inputs', () => {
  const shot = screenshotsFor('public-service');
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await shot(editor.page, 'failed').catch(() => undefined);
  });

  it('fills audiences, a cost, two channels, opening hours and a closure; REST and the gateway serve exactly that', async () => {
    const { page } = editor;
    await openCreateForm(page, session.townUrl, SERVICE);
    await fillText(page, { name: 'code', label: 'Code' }, 'carte-identite');
    await fillText(page, { name: 'name', label: 'Nom' }, 'Carte d’identité');
    await tickLabels(fieldGroup(page, 'Public concerné'), ['Nouvel arrivant', 'Parent']);

    const cost = fieldGroup(page, 'Coût');
    await part(cost, 'Montant').fill('20,50');
    await part(cost, 'Précisions').fill('Gratuit pour les moins de 12 ans');

    const channels = fieldGroup(page, 'Où et comment');
    for (const [index, [kind, detail]] of [
      ['Au guichet', 'Guichet 3, rez-de-chaussée'],
      ['En ligne', undefined],
    ].entries()) {
      await channels.getByRole('button', { name: 'Ajouter', exact: true }).click();
      const item = channels.getByRole('group', { name: `Où et comment ${index + 1}` });
      await chooseOption(page, item, kind!);
      if (detail) await part(item, 'Précisions').fill(detail);
      else await part(item, 'Adresse web').fill('https://www.irisbox.be/');
    }

    const hours = fieldGroup(page, 'Heures d’ouverture');
    await hours.getByRole('button', { name: 'Ajouter un horaire' }).click();
    const period = hours.getByRole('group', { name: 'Horaire 1' });
    await tickLabels(period, ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi']);
    await typeTime(period, 'Ouvre à', '08:30');
    await typeTime(period, 'Ferme à', '12:00');
    await hours.getByRole('button', { name: 'Ajouter une fermeture' }).click();
    const closure = hours.getByRole('group', { name: 'Fermeture 1' });
    await typeDay(page, closure, 'À partir du', '2026-12-24');
    await typeDay(page, closure, 'Jusqu’au', '2026-12-26');
    await hours.scrollIntoViewIfNeeded();
    await shot(page, 'filled');

    const documentId = await saveEntry(page, words);
    expect(await publishEntry(page, words)).toEqual({ kind: 'published' });
    // The saved form shows the days entered, on a Brussels clock too (not the day before).
    expect(await part(closure, 'À partir du').inputValue()).toBe('24/12/2026');
    expect(await part(closure, 'Jusqu’au').inputValue()).toBe('26/12/2026');
    await waitForNoticesToClose(page);
    await hours.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await shot(page, 'published');
    await updateReadmeScreenshot(page);

    const rest = await readRest<Record<string, unknown>>(session, `/communes-services/public-services/${documentId}`);
    expect(rest.status).toBe(200);
    expect(rest.data).toMatchObject({
      code: 'carte-identite',
      name: 'Carte d’identité',
      audiences: ['newcomer', 'parent'],
      cost: { amount: 20.5, currency: 'EUR', description: 'Gratuit pour les moins de 12 ans' },
      channels: [
        { channelType: 'inPerson', description: 'Guichet 3, rez-de-chaussée' },
        { channelType: 'online', url: 'https://www.irisbox.be/' },
      ],
    });
    const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
    const everyDay = [...weekdays, 'saturday', 'sunday'];
    expect(rest.data.openingHours).toEqual([
      { dayOfWeek: weekdays, opens: '08:30:00', closes: '12:00:00' },
      { dayOfWeek: everyDay, closed: true, validFrom: '2026-12-24', validThrough: '2026-12-26' },
    ]);

    const { town } = await queryGateway<{ town: { publicServices: { edges: { node: Record<string, unknown> }[] } } }>(
      session,
      `query ($code: String!) { town(code: $code) { publicServices { edges { node {
        documentId code name audiences
        cost { amount currency description }
        channels { channelType url description }
        openingHours { dayOfWeek opens closes closed validFrom validThrough }
      } } } } }`,
      { code: session.townCode },
    );
    const served = town.publicServices.edges.map((edge) => edge.node);
    expect(served).toEqual([
      {
        documentId,
        code: 'carte-identite',
        name: 'Carte d’identité',
        audiences: ['newcomer', 'parent'],
        cost: { amount: 20.5, currency: 'EUR', description: 'Gratuit pour les moins de 12 ans' },
        channels: [
          { channelType: 'inPerson', url: null, description: 'Guichet 3, rez-de-chaussée' },
          { channelType: 'online', url: 'https://www.irisbox.be/', description: null },
        ],
        openingHours: [
          { dayOfWeek: weekdays, opens: '08:30:00', closes: '12:00:00', closed: null, validFrom: null, validThrough: null },
          { dayOfWeek: everyDay, opens: null, closes: null, closed: true, validFrom: '2026-12-24', validThrough: '2026-12-26' },
        ],
      },
    ]);
  });
});
