import { contentTypeNamed, namingOf } from '@communes/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTownInProcess, type InProcessTown } from './start-town-in-process';

const uid = (singular: string) => namingOf(contentTypeNamed(singular)).uid as never;
const MEETING = uid('meeting');
const ITEM = uid('agenda-item');

type Entry = { documentId: string; name?: string; publishedAt?: string | null };

let town: InProcessTown;
let api: string;

/** The public REST API, as a visitor reads it. */
async function read(path: string): Promise<{ status: number; body: { data: unknown } }> {
  const response = await fetch(`${api}${path}`);
  return { status: response.status, body: (await response.json()) as { data: unknown } };
}

const documents = (type: never) => town.strapi.documents(type);

/** A draft meeting and its draft items, as an editor enters them: the meeting first, then each item choosing it. */
async function draftMeeting(name: string, items: Record<string, unknown>[]) {
  const meeting = (await documents(MEETING).create({ locale: 'fr', data: { name, start: '2026-12-15T19:00:00.000Z' } } as never)) as Entry;
  const created: Entry[] = [];
  for (const item of items)
    created.push((await documents(ITEM).create({ locale: 'fr', data: { meeting: meeting.documentId, ...item } } as never)) as Entry);
  return { meeting, items: created };
}

/** A Dutch version of a meeting, then of one of its items (the meeting's locale must exist first). */
async function translateToDutch(meeting: Entry, data: { name: string; start: string }, item: Entry, itemName: string) {
  await documents(MEETING).update({ documentId: meeting.documentId, locale: 'nl', data } as never);
  await documents(ITEM).update({
    documentId: item.documentId,
    locale: 'nl',
    data: { meeting: meeting.documentId, order: 0, name: itemName },
  } as never);
}

const publishedItemIds = async (documentIds: string[]) =>
  (
    (await town.strapi.db.query(ITEM).findMany({
      select: ['documentId'],
      where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
    })) as Entry[]
  ).map((row) => row.documentId);

beforeAll(async () => {
  town = await startTownInProcess({ locales: ['fr', 'nl'] });
  api = `${await town.listen()}/api/communes-council`;
});

afterAll(async () => {
  await town?.stop();
});

describe('publishing a meeting publishes its agenda items with it, and unpublishing it withdraws them', () => {
  it('serves the meeting and both items over REST, linked both ways, the closed item withheld', async () => {
    const { meeting, items } = await draftMeeting('Conseil communal de décembre', [
      { order: 0, number: '1', name: 'Budget 2027', resolutionText: 'Le budget est adopté.' },
      { order: 1, number: '2', name: 'Personnel', public: false, resolutionText: 'Décision confidentielle.' },
    ]);
    const [open, closed] = items as [Entry, Entry];

    await documents(MEETING).publish({ documentId: meeting.documentId, locale: 'fr' } as never);

    const list = await read(`/meetings/${meeting.documentId}?populate=agendaItems`);
    expect(list.status).toBe(200);
    const served = list.body.data as { name: string; agendaItems: { documentId: string; name: string; resolutionText?: string }[] };
    expect(served.name).toBe('Conseil communal de décembre');
    expect(served.agendaItems.map((item) => item.documentId).sort()).toEqual([open.documentId, closed.documentId].sort());
    const back = await read(`/agenda-items/${open.documentId}?populate=meeting`);
    expect((back.body.data as { meeting: { documentId: string } }).meeting.documentId).toBe(meeting.documentId);
    expect((back.body.data as { resolutionText: string }).resolutionText).toBe('Le budget est adopté.');
    const closedItem = (await read(`/agenda-items/${closed.documentId}`)).body.data as Record<string, unknown>;
    expect(closedItem).toMatchObject({ name: 'Personnel', public: false });
    expect(closedItem).not.toHaveProperty('resolutionText');
    expect(JSON.stringify(list.body)).not.toContain('Décision confidentielle');
  });

  it('keeps the Content Manager from warning about the items it publishes, and still warns about other drafts', async () => {
    const { meeting, items } = await draftMeeting('Collège du 8 décembre', [{ order: 0, name: 'Marchés publics' }]);
    const manager = town.strapi.plugin('content-manager').service('document-manager') as {
      countDraftRelations(id: string, uid: string, locale: string): Promise<{ unpublishedRelations: number; draftM2mLinks: number }>;
    };
    expect(await manager.countDraftRelations(meeting.documentId, MEETING, 'fr')).toEqual({ unpublishedRelations: 0, draftM2mLinks: 0 });
    // The item, published alone, would lose its link to the draft meeting: that warning stays.
    expect((await manager.countDraftRelations(items[0]!.documentId, ITEM, 'fr')).unpublishedRelations).toBe(1);
  });

  it('leaves a draft item out of the API until its meeting is published, and another meeting’s draft items alone', async () => {
    const first = await draftMeeting('Commission des travaux', [{ order: 0, name: 'Voirie' }]);
    const other = await draftMeeting('Commission de la culture', [{ order: 0, name: 'Bibliothèque' }]);
    expect((await read(`/agenda-items/${first.items[0]!.documentId}`)).status).toBe(404);
    await documents(MEETING).publish({ documentId: first.meeting.documentId, locale: 'fr' } as never);
    expect((await read(`/agenda-items/${first.items[0]!.documentId}`)).status).toBe(200);
    expect(await publishedItemIds([other.items[0]!.documentId])).toEqual([]);
    expect((await read(`/meetings/${other.meeting.documentId}`)).status).toBe(404);
  });

  it('publishes an item added later when the meeting is published again, and leaves a published item’s unfinished change as a draft', async () => {
    const { meeting, items } = await draftMeeting('Conseil de janvier', [{ order: 0, name: 'Taxes' }]);
    await documents(MEETING).publish({ documentId: meeting.documentId, locale: 'fr' } as never);
    await documents(ITEM).update({ documentId: items[0]!.documentId, locale: 'fr', data: { name: 'Taxes (brouillon)' } } as never);
    const added = (await documents(ITEM).create({
      locale: 'fr',
      data: { meeting: meeting.documentId, order: 1, name: 'Subsides' },
    } as never)) as Entry;
    await documents(MEETING).publish({ documentId: meeting.documentId, locale: 'fr' } as never);
    const served = (await read(`/meetings/${meeting.documentId}?populate=agendaItems`)).body.data as { agendaItems: Entry[] };
    expect(served.agendaItems.map((item) => item.name).sort()).toEqual(['Subsides', 'Taxes']);
    expect(added.documentId).toBeTruthy();
  });

  it('publishes nothing when an item cannot be published, and names the item in the town’s language', async () => {
    const { meeting, items } = await draftMeeting('Conseil de février', [{ order: 0, name: 'Comptes' }, { name: 'Point sans position' }]);
    const refusal = await documents(MEETING)
      .publish({ documentId: meeting.documentId, locale: 'fr' } as never)
      .then(
        () => undefined,
        (error: { name: string; message: string; details: { errors: { path: string[] }[] } }) => error,
      );
    expect(refusal?.name).toBe('ValidationError');
    expect(refusal?.message).toMatch(/^agendaItems: « Point sans position » ne peut pas être publié avec cette entrée : /);
    expect(refusal?.details.errors[0]?.path).toEqual(['agendaItems']);
    expect((await read(`/meetings/${meeting.documentId}`)).status).toBe(404);
    expect(await publishedItemIds(items.map((item) => item.documentId))).toEqual([]);
  });

  it('publishes the items of the locale published, not the others', async () => {
    const { meeting, items } = await draftMeeting('Conseil de mars', [{ order: 0, name: 'Mobilité' }]);
    await translateToDutch(meeting, { name: 'Gemeenteraad van maart', start: '2026-03-10T19:00:00.000Z' }, items[0]!, 'Mobiliteit');
    await documents(MEETING).publish({ documentId: meeting.documentId, locale: 'nl' } as never);
    expect((await read(`/agenda-items/${items[0]!.documentId}?locale=nl`)).status).toBe(200);
    expect((await read(`/agenda-items/${items[0]!.documentId}?locale=fr`)).status).toBe(404);
  });

  it('withdraws the items with their meeting, in that locale only, and leaves another meeting’s items live', async () => {
    const { meeting, items } = await draftMeeting('Conseil d’avril', [
      { order: 0, name: 'Voirie' },
      { order: 1, name: 'Culture' },
    ]);
    const other = await draftMeeting('Conseil de mai', [{ order: 0, name: 'Sports' }]);
    await translateToDutch(meeting, { name: 'Gemeenteraad van april', start: '2026-04-14T19:00:00.000Z' }, items[0]!, 'Wegen');
    for (const [documentId, locale] of [
      [meeting.documentId, 'fr'],
      [meeting.documentId, 'nl'],
      [other.meeting.documentId, 'fr'],
    ] as const)
      await documents(MEETING).publish({ documentId, locale } as never);
    expect(new Set(await publishedItemIds([...items, ...other.items].map((item) => item.documentId))).size).toBe(3);

    await documents(MEETING).unpublish({ documentId: meeting.documentId, locale: 'fr' } as never);

    for (const item of items) expect((await read(`/agenda-items/${item.documentId}?locale=fr`)).status).toBe(404);
    expect((await read(`/agenda-items/${items[0]!.documentId}?locale=nl`)).status).toBe(200);
    expect((await read(`/agenda-items/${other.items[0]!.documentId}?locale=fr`)).status).toBe(200);
    // Withdrawn, not lost: the drafts keep what was entered, ready to be published again.
    const draft = (await documents(ITEM).findOne({ documentId: items[1]!.documentId, locale: 'fr' } as never)) as Entry | null;
    expect(draft?.name).toBe('Culture');
  });
});
