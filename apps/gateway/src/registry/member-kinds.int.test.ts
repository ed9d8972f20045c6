import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { startGatewayOver } from '../testing/gateway-harness';
import { oparlErrors } from '../open-data/oparl/testing/validate-oparl';

/** Members of other kinds than towns, as GraphQL and OParl show them. */
describe('members of every kind', () => {
  const towns: FakeTown[] = [];
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;

  beforeAll(async () => {
    for (const code of ['seneffe', 'cpas-seneffe', 'zp-hainaut']) towns.push(await startFakeTown({ code, entries: {} }));
    gateway = await startGatewayOver(
      [
        { code: 'seneffe', url: towns[0]!.url },
        { code: 'cpas-seneffe', url: towns[1]!.url, kind: 'social-welfare-centre' },
        { code: 'zp-hainaut', url: towns[2]!.url, kind: 'police-zone', locales: ['fr'] },
      ],
      { cacheTtlMs: 0 },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    for (const town of towns) await town.stop();
  });

  it('gives each its kind, and lists those of the kinds asked', async () => {
    const all = await gateway.query<{ towns: { code: string; kind: string }[] }>('{ towns { code kind } }');
    expect(all.data!.towns).toEqual([
      { code: 'seneffe', kind: 'TOWN' },
      { code: 'cpas-seneffe', kind: 'SOCIAL_WELFARE_CENTRE' },
      { code: 'zp-hainaut', kind: 'POLICE_ZONE' },
    ]);
    const some = await gateway.query<{ towns: { code: string }[] }>('{ towns(kind: [POLICE_ZONE, SOCIAL_WELFARE_CENTRE]) { code } }');
    expect(some.data!.towns.map((t) => t.code)).toEqual(['cpas-seneffe', 'zp-hainaut']);
    const townsOnly = await gateway.query<{ towns: { code: string }[] }>('{ towns(kind: [TOWN]) { code } }');
    expect(townsOnly.data!.towns.map((t) => t.code)).toEqual(['seneffe']);
    const none = await gateway.query<{ towns: { code: string }[] }>('{ towns(kind: [PARLIAMENT]) { code } }');
    expect(none.data!.towns).toEqual([]);
  });

  it("names each kind in the language asked, else in the member's own", async () => {
    const { data } = await gateway.query<{ towns: { fr: string; de: string; own: string; other: string }[] }>(
      '{ towns(kind: [POLICE_ZONE]) { fr: kindLabel(language: "fr") de: kindLabel(language: "de") own: kindLabel other: kindLabel(language: "xx") } }',
    );
    expect(data!.towns).toEqual([{ fr: 'Zone de police', de: 'Polizeizone', own: 'Zone de police', other: 'Police zone' }]);
  });

  it("names the plugins a member runs that its kind does not install, for the network's coordinators", async () => {
    // Each fake member runs every plugin, as a town made by hand with TOWN_PLUGINS unset would.
    const { data } = await gateway.query<{ towns: { code: string; pluginsOutsideKind: string[] }[] }>(
      '{ towns { code pluginsOutsideKind } }',
    );
    expect(data!.towns).toEqual([
      { code: 'seneffe', pluginsOutsideKind: [] },
      { code: 'cpas-seneffe', pluginsOutsideKind: ['alerts', 'urbanism'] },
      { code: 'zp-hainaut', pluginsOutsideKind: ['agenda', 'requests', 'urbanism'] },
    ]);
  });

  it('refuses a kind it does not know, naming it', async () => {
    const { status, errors } = await gateway.query('{ towns(kind: [CASTLE]) { code } }');
    expect(status).toBe(400);
    expect(errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('classifies each as an OParl Body by its kind', async () => {
    const response = await fetch(`${new URL(gateway.url).origin}/oparl/v1/bodies`);
    const { data } = (await response.json()) as { data: { shortName: string; classification: string }[] };
    expect(data.map((b) => [b.shortName, b.classification])).toEqual([
      ['cpas-seneffe', 'Public social welfare centre'],
      ['seneffe', 'Municipality'],
      ['zp-hainaut', 'Police zone'],
    ]);
    for (const body of data) expect(oparlErrors(body)).toEqual([]);
  });
});
