import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { startGatewayOver } from '../testing/gateway-harness';

const id = (i: number) => `evt${String(i).padStart(21, '0')}`;
const STATUSES = 'scheduled, cancelled, postponed, rescheduled, movedOnline';
/**
 * The end of a message: graphql-js prefixes it ("Expected value of type ...") when the error
 * comes from another copy of graphql, as under vitest; the built gateway has one.
 */
const endsWith = (text: string) => new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
type Events = { events: { totalCount: number; nodes: { documentId: string; eventStatus: string; categories: string[] }[] } };

/** Vocabulary fields are filtered by their enum: a misspelt code is refused, naming the codes, never a silent empty list. */
describe('filters on a vocabulary', () => {
  let town: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;

  beforeAll(async () => {
    const event = (i: number, eventStatus: string, categories: string[]) => ({
      documentId: id(i),
      name: `Event ${i}`,
      start: `2026-03-1${i}T19:00:00.000Z`,
      eventStatus,
      categories,
      locale: 'fr',
    });
    town = await startFakeTown({
      code: 'ev',
      entries: { event: [event(0, 'scheduled', ['concert']), event(1, 'cancelled', ['concert', 'market']), event(2, 'postponed', [])] },
    });
    gateway = await startGatewayOver([{ code: 'ev', url: town.url }], { cacheTtlMs: 0 });
  });
  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
  });

  it('asks the town with the code itself, as it stores it, from a literal or a variable', async () => {
    const before = town.requests.length;
    const literal = await gateway.query<Events>(
      '{ events(filters: { eventStatus: { eq: cancelled } }) { totalCount nodes { documentId eventStatus } } }',
    );
    expect(literal.errors).toBeUndefined();
    expect(literal.data?.events.nodes).toEqual([{ documentId: id(1), eventStatus: 'cancelled' }]);
    const asked = town.requests.slice(before).map((r) => decodeURIComponent(r));
    expect(asked.some((r) => r.includes('filters[eventStatus][$eq]=cancelled'))).toBe(true);

    const variable = await gateway.query<Events>(
      'query ($f: EventFiltersInput) { events(filters: $f) { totalCount nodes { documentId } } }',
      { f: { eventStatus: { in: ['scheduled', 'postponed'] }, categories: { containsAny: ['concert'] } } },
    );
    expect(variable.errors).toBeUndefined();
    expect(variable.data?.events.nodes).toEqual([{ documentId: id(0) }]);
  });

  it('refuses a misspelt code in a literal before any town is asked (GRAPHQL_VALIDATION_FAILED), naming the codes', async () => {
    const before = town.requests.length;
    const { status, data, errors } = await gateway.query('{ events(filters: { eventStatus: { eq: cancled } }) { totalCount } }');
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(errors?.[0]?.message).toMatch(endsWith(`Value cancled is not an EventStatus code. Did you mean one of: ${STATUSES}?`));
    expect(town.requests.length).toBe(before);
  });

  it('says to write a code without quotes, as clients did when vocabularies were filtered as strings', async () => {
    const { errors } = await gateway.query('{ events(filters: { eventStatus: { in: ["cancelled"] } }) { totalCount } }');
    expect(errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(errors?.[0]?.message).toMatch(endsWith('EventStatus codes are written without quotes. Did you mean cancelled?'));
  });

  it('refuses a wrong code in a variable (BAD_USER_INPUT), in a list filter too, naming the codes', async () => {
    const query = 'query ($f: EventFiltersInput) { events(filters: $f) { totalCount } }';
    const single = await gateway.query(query, { f: { eventStatus: { eq: 'cancled' } } });
    expect(single.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(single.errors?.[0]?.message).toContain(`Value "cancled" is not an EventStatus code. Did you mean one of: ${STATUSES}?`);
    const list = await gateway.query(query, { f: { categories: { containsAll: ['concert', 'Concert'] } } });
    expect(list.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(list.errors?.[0]?.message).toContain('Value "Concert" is not an EventCategory code. Did you mean one of: concert, exhibition,');
  });

  it('keeps the codes out of the message when introspection is off, as every other hint', async () => {
    const closed = await startGatewayOver([{ code: 'ev', url: town.url }], { cacheTtlMs: 0, introspection: false });
    try {
      const { errors } = await closed.query('{ events(filters: { eventStatus: { eq: cancled } }) { totalCount } }');
      expect(errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(errors?.[0]?.message).toMatch(endsWith('Value cancled is not an EventStatus code.'));
    } finally {
      await closed.stop();
    }
  });
});
