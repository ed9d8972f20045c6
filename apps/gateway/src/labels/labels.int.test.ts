import { contentTypeNamed, type Locale } from '@communes/domain';
import { buildCouncilFixture, type FakeTown, startFakeTown } from '@communes/fake-town';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../testing/gateway-harness';

/** A code's label as the model writes it, for the test to compare with what the gateway serves. */
const label = (kind: string, field: string, code: string, language: Locale) =>
  (
    contentTypeNamed(kind).fields[field] as unknown as { vocabulary: { codes: { code: string; labels: Record<string, string> }[] } }
  ).vocabulary.codes.find((c) => c.code === code)!.labels[language];

const EVENT = {
  documentId: 'evt000000000000000000001',
  start: '2026-06-21T16:00:00.000Z',
  allDay: false,
  eventStatus: 'postponed',
  attendanceMode: 'offline',
  categories: ['concert', 'market'],
  topics: [],
};

describe('labels beside codes', () => {
  let town: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;

  beforeAll(async () => {
    const council = buildCouncilFixture(1);
    // A broken town sends a closed-session item's result: the gateway withholds it, and its label.
    council['agenda-item'] = council['agenda-item'].map((item, i) => ({ ...item, public: i !== 0, result: 'refused' }));
    town = await startFakeTown({
      code: 'eupen',
      locales: ['de', 'fr'],
      entries: {
        event: [
          { ...EVENT, name: 'Konzert', locale: 'de' },
          { ...EVENT, name: 'Concert', locale: 'fr' },
        ],
        ...council,
      },
    });
    gateway = await startGatewayOver([{ code: 'eupen', url: town.url, locales: ['de', 'fr'] }], { cacheTtlMs: 0 });
  });

  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
  });

  it("gives each vocabulary field's label in the entry's language, or the one asked", async () => {
    const { data, errors } = await gateway.query<{
      de: { nodes: Record<string, unknown>[] };
      fr: { nodes: Record<string, unknown>[] };
    }>(`{
      de: events(locale: ["de"]) { nodes { eventStatus eventStatusLabel categoriesLabels attendanceModeLabel } }
      fr: events(locale: ["fr"]) { nodes { eventStatusLabel nl: eventStatusLabel(language: "nl") categoriesLabels(language: "en") unknown: eventStatusLabel(language: "xx") } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.de.nodes[0]).toEqual({
      eventStatus: 'postponed',
      eventStatusLabel: label('event', 'eventStatus', 'postponed', 'de'),
      categoriesLabels: [label('event', 'categories', 'concert', 'de'), label('event', 'categories', 'market', 'de')],
      attendanceModeLabel: label('event', 'attendanceMode', 'offline', 'de'),
    });
    expect(data!.fr.nodes[0]).toEqual({
      eventStatusLabel: label('event', 'eventStatus', 'postponed', 'fr'),
      nl: label('event', 'eventStatus', 'postponed', 'nl'),
      categoriesLabels: [label('event', 'categories', 'concert', 'en'), label('event', 'categories', 'market', 'en')],
      unknown: label('event', 'eventStatus', 'postponed', 'en'),
    });
    // Four different words: the test would not pass on a label given in the wrong language.
    expect(new Set(['de', 'fr', 'nl', 'en'].map((l) => label('event', 'eventStatus', 'postponed', l as Locale))).size).toBe(4);
  });

  it("asks the town for the code when only its label is selected, and withholds a closed-session item's as its code", async () => {
    const { data, errors } = await gateway.query<{ agendaItems: { nodes: { public: boolean; resultLabel: string | null }[] } }>(
      '{ agendaItems(first: 10) { nodes { public resultLabel(language: "fr") } } }',
    );
    expect(errors).toBeUndefined();
    const nodes = data!.agendaItems.nodes;
    expect(nodes.filter((n) => n.public).map((n) => n.resultLabel)).toEqual([
      label('agenda-item', 'result', 'refused', 'fr'),
      label('agenda-item', 'result', 'refused', 'fr'),
    ]);
    expect(nodes.filter((n) => !n.public).map((n) => n.resultLabel)).toEqual([null]);
  });
});
