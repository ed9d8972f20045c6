import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { startGatewayOver } from '../testing/gateway-harness';

const meetings = (town: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    documentId: `${town}mtg${String(i).padStart(18, '0')}`,
    name: `${town} meeting ${i}`,
    start: `2026-01-${String(i + 10)}T18:00:00.000Z`,
    meetingType: 'council',
    locale: 'fr',
  }));

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const codes = (errors: Errors) =>
  (errors ?? []).map((e) => `${e.extensions?.code}${e.extensions?.town ? `@${e.extensions.town}` : ''}`).sort();

describe('a hostile client does not hurt the region', () => {
  const towns: FakeTown[] = [];
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  const asked = () => towns.reduce((sum, t) => sum + t.requests.length, 0);
  const COUNT = '{ meetings { totalCount missingTowns } }';

  beforeAll(async () => {
    for (const code of ['ta', 'tb', 'tc']) towns.push(await startFakeTown({ code, entries: { meeting: meetings(code, 3) } }));
    gateway = await startGatewayOver(
      towns.map((t, i) => ({ code: ['ta', 'tb', 'tc'][i]!, url: t.url })),
      { cacheTtlMs: 0, circuit: { failures: 3, openMs: 30_000 } },
    );
  });
  beforeEach(() => {
    for (const t of towns) t.setFault('none');
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(towns.map((t) => t.stop()));
  });

  it.each([
    [
      'between with one value',
      '{ meetings(filters: { start: { between: ["2026-01-01T00:00:00Z"] } }) { totalCount } }',
      {},
      ['filters', 'start', 'between'],
    ],
    ['a null in an and list', '{ meetings(filters: { and: [null] }) { totalCount } }', {}, ['filters', 'and', 0]],
    ['not: null', '{ meetings(filters: { not: null }) { totalCount } }', {}, ['filters', 'not']],
    [
      '101 documentIds',
      'query ($ids: [ID]) { meetings(filters: { documentId: { in: $ids } }) { totalCount } }',
      { ids: Array.from({ length: 101 }, (_, i) => `id${i}`) },
      ['filters', 'documentId', 'in'],
    ],
  ])('refuses %s as BAD_USER_INPUT with its path, before any town is asked', async (_, query, variables, argumentPath) => {
    await gateway.query(COUNT);
    const before = asked();
    const { data, errors } = await gateway.query(query, variables);
    expect(data?.meetings ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filters', argumentPath });
    expect(asked()).toBe(before);
  });

  it('refuses an impossible date, in a variable as in the query, before any town is asked', async () => {
    const before = asked();
    const viaVariable = await gateway.query('query ($from: DateTime) { meetings(filters: { start: { gte: $from } }) { totalCount } }', {
      from: '2026-02-30T00:00:00Z',
    });
    expect(viaVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(viaVariable.errors?.[0]?.message).toMatch(/real calendar date/);
    const viaLiteral = await gateway.query(
      '{ meetings(filters: { start: { between: ["2026-01-01T00:00:00Z", "2026-02-30T00:00:00Z"] } }) { totalCount } }',
    );
    expect(viaLiteral.errors?.[0]?.message).toMatch(/real calendar date/);
    expect(asked()).toBe(before);
  });

  it('does not let a query that makes every town answer 500 take the towns down for other clients', async () => {
    await gateway.query(COUNT);
    // A filter the gateway cannot know every town chokes on.
    for (const town of towns) town.setFault('error500', 'filters[name][$eq]=boom');
    for (let i = 0; i < 10; i++) {
      const { data, errors } = await gateway.query<{ meetings: { missingTowns: string[] } }>(
        '{ meetings(filters: { name: { eq: "boom" } }) { missingTowns } }',
      );
      expect(data?.meetings.missingTowns).toEqual(['ta', 'tb', 'tc']);
      expect(codes(errors)).toEqual(['TOWN_BAD_RESPONSE@ta', 'TOWN_BAD_RESPONSE@tb', 'TOWN_BAD_RESPONSE@tc']);
    }
    const other = await gateway.query<{ meetings: { totalCount: number; missingTowns: string[] } }>(COUNT);
    expect(other.errors).toBeUndefined();
    expect(other.data?.meetings).toEqual({ totalCount: 9, missingTowns: [] });
    const status = await gateway.query<{ towns: { status: { state: string } }[] }>('{ towns { status { state } } }');
    expect(status.data?.towns.map((t) => t.status.state)).not.toContain('DOWN');
  });

  it("passes a town's 400 on as the client's error, naming the town, and the town stays up", async () => {
    // A gateway of its own: what other tests made the towns answer stays out of their status.
    const fresh = await startGatewayOver(
      towns.map((t, i) => ({ code: ['ta', 'tb', 'tc'][i]!, url: t.url })),
      { cacheTtlMs: 0, circuit: { failures: 3, openMs: 30_000 } },
    );
    try {
      await fresh.query(COUNT);
      for (const town of towns) town.setFault('error400', 'filters[name]');
      for (let i = 0; i < 5; i++) {
        const { errors } = await fresh.query('{ meetings(filters: { name: { eq: "x" } }) { totalCount } }');
        expect(codes(errors)).toEqual(['BAD_USER_INPUT@ta', 'BAD_USER_INPUT@tb', 'BAD_USER_INPUT@tc']);
        expect(errors?.[0]?.message).toMatch(
          /^Town "t[abc]": refused the query \(HTTP 400: Invalid format, expected a timestamp or an ISO date\)\.$/,
        );
      }
      const status = await fresh.query<{ towns: { status: { state: string } }[] }>('{ towns { status { state } } }');
      expect(status.data?.towns.map((t) => t.status.state)).toEqual(['UP', 'UP', 'UP']);
    } finally {
      await fresh.stop();
    }
  });

  it("answers with the other towns' data when one town's answer is over the byte cap", async () => {
    const capped = await startGatewayOver(
      [
        { code: 'ta', url: towns[0]!.url },
        { code: 'tb', url: towns[1]!.url },
      ],
      { cacheTtlMs: 0, maxTownResponseBytes: 50_000 },
    );
    try {
      await capped.query(COUNT);
      towns[0]!.setFault('endless', '/meetings');
      const { data, errors } = await capped.query<{ meetings: { totalCount: number; missingTowns: string[] } }>(COUNT);
      expect(data?.meetings).toEqual({ totalCount: 3, missingTowns: ['ta'] });
      expect(errors?.map((e) => e.message)).toEqual(['Town "ta": answered more than 50000 bytes.']);
    } finally {
      await capped.stop();
    }
  });
});
