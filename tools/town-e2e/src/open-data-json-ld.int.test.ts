import { join } from 'node:path';
import jsonld from 'jsonld';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededRegion, type SeededRegion } from './seeded-region';
import { createTownHttpClient, type Entry } from './town-http-client';

/** The schema.org type each kind's objects must be, as schema-dts (generated from schema.org's vocabulary) declares it. */
const SCHEMA_TYPE = { events: 'Event', places: 'Place', 'public-services': 'GovernmentService', news: 'NewsArticle' } as const;
type Kind = keyof typeof SCHEMA_TYPE;

/**
 * Type-checks JSON values against schema-dts with the TypeScript compiler: an unknown type, a
 * misspelt property or a value of the wrong kind (a string where schema.org wants a Place) is
 * a diagnostic. Returns the diagnostics as text, empty when every value conforms.
 */
function schemaDtsDiagnostics(values: { type: string; value: unknown }[]): string[] {
  const file = join(__dirname, '__schema_dts_check__.ts');
  const types = [...new Set(values.map((v) => v.type)), 'WithContext'];
  const source = `import type { ${types.join(', ')} } from 'schema-dts';\n${values.map((v, i) => `export const v${i}: ${v.type === 'ItemList' ? 'WithContext<ItemList>' : v.type} = ${JSON.stringify(v.value)};`).join('\n')}\n`;
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    target: ts.ScriptTarget.ES2022,
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === file ? ts.createSourceFile(name, source, language) : read(name, language, ...rest);
  host.fileExists = (
    (exists) => (name: string) =>
      name === file || exists(name)
  )(host.fileExists.bind(host));
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** schema.org's context reduced to its vocabulary mapping, served locally: nothing may be fetched. */
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`No network in tests: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
};

type ListDoc = {
  '@context': string;
  '@type': string;
  numberOfItems: number;
  itemListElement: { '@type': string; position: number; item: Record<string, unknown> & { '@id': string; '@type': string } }[];
};

/** schema.org JSON-LD over two real, seeded towns: type-checked against schema-dts, expanded by jsonld.js. */
describe('schema.org JSON-LD over real towns', () => {
  let region: SeededRegion;
  const rest: Record<string, Entry[]> = {};
  const lists = {} as Record<Kind, ListDoc>;
  const get = (path: string) => fetch(`${region.origin}${path}`);

  beforeAll(async () => {
    region = await startSeededRegion({ towns: ['eupen', 'seneffe'], scale: 0.15 });
    const client = createTownHttpClient(region.towns.eupen!.api);
    rest.events = await client.all('/communes-agenda/events', 'locale=de');
    rest.places = await client.all('/communes-directory/places', 'locale=de');
    rest['public-services'] = await client.all('/communes-services/public-services', 'locale=de');
    rest.news = await client.all('/communes-news/news-items', 'locale=de');
    for (const kind of Object.keys(SCHEMA_TYPE) as Kind[]) {
      const response = await get(`/json-ld/${kind}?town=eupen&locale=de&limit=100`);
      expect(response.status, kind).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
      lists[kind] = (await response.json()) as ListDoc;
    }
  });
  afterAll(async () => {
    await region?.stop();
  });

  it('lists every published entry of a town as an ItemList of the right schema.org type', () => {
    for (const kind of Object.keys(SCHEMA_TYPE) as Kind[]) {
      const list = lists[kind];
      expect(list['@context']).toBe('https://schema.org');
      expect(list['@type']).toBe('ItemList');
      expect(rest[kind]!.length, kind).toBeGreaterThan(0);
      expect(list.numberOfItems).toBe(Math.min(100, rest[kind]!.length));
      expect(list.itemListElement.map((e) => e.position)).toEqual(list.itemListElement.map((_, i) => i + 1));
      expect(new Set(list.itemListElement.map((e) => e.item['@type']))).toEqual(new Set([SCHEMA_TYPE[kind]]));
    }
  });

  it('gives events their status, dates in Brussels time, place and offers, as the town has them', () => {
    const byName = new Map(lists.events.itemListElement.map((e) => [e.item.identifier as string, e.item]));
    expect(byName.size).toBe(rest.events!.length);
    const items = lists.events.itemListElement.map((e) => e.item);
    const cancelled = rest.events!.filter((e) => e.eventStatus === 'cancelled').length;
    expect(items.filter((i) => i.eventStatus === 'https://schema.org/EventCancelled')).toHaveLength(cancelled);
    expect(items.filter((i) => i.eventStatus === 'https://schema.org/EventScheduled')).toHaveLength(
      rest.events!.filter((e) => e.eventStatus === 'scheduled').length,
    );
    const starts = items.map((i) => i.startDate as string);
    const expected = rest.events!.map((e) =>
      e.allDay
        ? new Date(e.start as string).toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' })
        : new Date(e.start as string).getTime(),
    );
    expect(starts.map((s) => (s.length === 10 ? s : new Date(s).getTime())).sort()).toEqual(expected.sort());
    for (const start of starts) expect(start).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+0[12]:00)?$/);
    const paid = items.find((i) => (i.offers as { price: number } | undefined)?.price);
    expect(paid).toMatchObject({
      offers: { '@type': 'Offer', priceCurrency: 'EUR' },
      location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'BE' }, geo: { '@type': 'GeoCoordinates' } },
    });
  });

  it('serves one object by its global id, the same as in the list, and expands to schema.org IRIs', async () => {
    for (const kind of Object.keys(SCHEMA_TYPE) as Kind[]) {
      const listed = lists[kind].itemListElement[0]!.item;
      const url = `${listed['@id']}?locale=de`;
      const response = await fetch(url).catch((error: Error) => {
        throw new Error(`${url}: ${String(error.cause)}`);
      });
      expect(response.status, kind).toBe(200);
      const one = (await response.json()) as Record<string, unknown>;
      expect(one).toEqual({ '@context': 'https://schema.org', ...listed });
      const expanded = (await jsonld.expand(one, { documentLoader })) as Record<string, unknown>[];
      expect(expanded).toHaveLength(1);
      expect(expanded[0]!['@type']).toEqual([`https://schema.org/${SCHEMA_TYPE[kind]}`]);
      expect(expanded[0]!['@id']).toBe(listed['@id']);
      for (const key of Object.keys(expanded[0]!)) expect(key).toMatch(/^(@id|@type|https:\/\/schema\.org\/\w+)$/);
    }
  });

  it('answers 404 for an id of another kind, an unknown id or town, and 400 for a bad limit', async () => {
    const placeId = lists.places.itemListElement[0]!.item['@id'].split('/').pop();
    for (const path of [`/json-ld/events/${placeId}`, '/json-ld/news/bm90LWFuLWlk', '/json-ld/places?town=atlantis', '/json-ld/meetings']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
    }
    const bad = await get('/json-ld/news?limit=0');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_PARAMETER' } });
  });
  // Last: the compiler blocks the event loop for seconds, and the gateway runs in this process.
  it('conforms to schema.org as schema-dts declares it: types, properties and their values', () => {
    const values = (Object.keys(SCHEMA_TYPE) as Kind[]).flatMap((kind) => [
      { type: 'ItemList', value: lists[kind] },
      ...lists[kind].itemListElement.map((e) => ({ type: SCHEMA_TYPE[kind], value: e.item })),
    ]);
    expect(schemaDtsDiagnostics(values)).toEqual([]);
    // The check itself catches what it should: a misspelt property and a wrong value.
    const event = lists.events.itemListElement[0]!.item;
    expect(schemaDtsDiagnostics([{ type: 'Event', value: { ...event, startdate: '2026-01-01' } }]).join('\n')).toContain('startdate');
    expect(schemaDtsDiagnostics([{ type: 'Event', value: { ...event, eventStatus: 'Cancelled' } }])).not.toEqual([]);
  });
});
