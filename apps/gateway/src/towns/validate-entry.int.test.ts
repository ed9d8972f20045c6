import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { startGatewayOver } from '../testing/gateway-harness';

const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(24 - prefix.length, '0')}`;
const meeting = (town: string, i: number, extra: Record<string, unknown> = {}) => ({
  documentId: id(`${town}mtg`, i),
  name: `${town} meeting ${i}`,
  start: `2026-02-0${i + 1}T18:00:00.000Z`,
  meetingType: 'council',
  meetingState: 'held',
  locale: 'fr',
  ...extra,
});

type Errors = { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] | undefined;
type Meetings = { meetings: { totalCount: number; nodes: { documentId: string; name: string; start: string }[] } };

/** Required fields are non-null in the schema (`Meeting.name: String!`): a town's null must cost that entry, not the list. */
describe('a town answering null for a field the schema declares non-null', () => {
  let ta: FakeTown;
  let tb: FakeTown;
  let tc: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  const broken = [id('tamtg', 1), id('tamtg', 2)];

  beforeAll(async () => {
    // What a broken town, or one that skipped Strapi's validation, could answer.
    ta = await startFakeTown({
      code: 'ta',
      entries: { meeting: [meeting('ta', 0), meeting('ta', 1, { name: null }), meeting('ta', 2, { start: undefined }), meeting('ta', 3)] },
    });
    tb = await startFakeTown({
      code: 'tb',
      entries: {
        // Not asked for in lists of names and starts: served there; asked for through a relation below.
        meeting: [meeting('tb', 0), meeting('tb', 1), meeting('tb', 2, { meetingState: null })],
        'agenda-item': [0, 1].map((i) => ({
          documentId: id('tbitm', i),
          name: `Item ${i}`,
          order: i,
          public: true,
          locale: 'fr',
          meeting: { documentId: id('tbmtg', 2 * i) },
        })),
      },
    });
    // A town on an older plugin, or a broken one: a closed item still carrying what it withholds.
    tc = await startFakeTown({
      code: 'tc',
      entries: {
        'agenda-item': [
          { documentId: id('tcitm', 0), name: 'Huis clos', order: 0, public: false, result: 'approved', start: null, locale: 'fr' },
        ],
      },
    });
    gateway = await startGatewayOver(
      [
        { code: 'ta', url: ta.url },
        { code: 'tb', url: tb.url },
        { code: 'tc', url: tc.url },
      ],
      { cacheTtlMs: 0 },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([ta?.stop(), tb?.stop(), tc?.stop()]);
  });

  it('leaves the entry out with TOWN_BAD_RESPONSE naming the town and the entry, and keeps the rest of the list', async () => {
    const { data, errors } = await gateway.query<Meetings>('{ meetings(first: 10) { totalCount nodes { documentId name start } } }');
    expect(data?.meetings.nodes.map((n) => n.documentId).sort()).toEqual(
      [id('tamtg', 0), id('tamtg', 3), id('tbmtg', 0), id('tbmtg', 1), id('tbmtg', 2)].sort(),
    );
    expect(data?.meetings.nodes.every((n) => n.name !== null && n.start !== null)).toBe(true);
    expect((errors as Errors)?.map((e) => ({ ...e.extensions, path: e.path }))).toEqual([
      { code: 'TOWN_BAD_RESPONSE', town: 'ta', documentIds: broken, path: ['meetings'] },
    ]);
    expect(errors?.[0]?.message).toBe(
      `Town "ta": answered 2 meeting entries that do not match the model, left out: ${broken[0]}: meeting.name is null, expected a value (required); ${broken[1]}: meeting.start is missing, expected a value (required).`,
    );
  });

  it('serves the entry when the query does not select the missing field', async () => {
    const { data, errors } = await gateway.query<Meetings>(
      '{ meetings(first: 10, towns: ["ta"], orderBy: [{ field: start }]) { nodes { documentId start } } }',
    );
    expect(errors?.map((e) => e.extensions?.documentIds)).toEqual([[broken[1]]]);
    expect(data?.meetings.nodes.map((n) => n.documentId)).toEqual([id('tamtg', 0), broken[0], id('tamtg', 3)]);
  });

  it('answers null for a related entry that lacks a required field, with one error naming it, and resolves the others', async () => {
    const { data, errors } = await gateway.query<{ agendaItems: { nodes: { name: string; meeting: { name: string } | null }[] } }>(
      '{ agendaItems(towns: ["tb"]) { nodes { name meeting { name meetingState } } } }',
    );
    expect(data?.agendaItems.nodes).toEqual([
      { name: 'Item 0', meeting: { name: 'tb meeting 0', meetingState: 'held' } },
      { name: 'Item 1', meeting: null },
    ]);
    expect((errors as Errors)?.map((e) => e.extensions)).toEqual([
      { code: 'TOWN_BAD_RESPONSE', town: 'tb', documentIds: [id('tbmtg', 2)] },
    ]);
    expect(errors?.[0]?.message).toContain('meeting.meetingState is null, expected a value (required)');
  });

  it('takes a closed-session item without the required fields it withholds', async () => {
    const { data, errors } = await gateway.query<{ agendaItems: { nodes: Record<string, unknown>[] } }>(
      '{ agendaItems(towns: ["tc"]) { nodes { name order public result start } } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.agendaItems.nodes).toEqual([{ name: 'Huis clos', order: 0, public: false, result: null, start: null }]);
  });
});
