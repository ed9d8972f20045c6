import type { Probe } from './create-crawl';
import { graphqlProbe, refusedAsUserInput, refusedOrCount } from './graphql-probe';
import type { RegionTarget } from './region-target';

/**
 * The gateway's filters and orderings on a closed item's withheld fields (its filter inputs
 * offer result, start, end, decision and papers): counts over public items only, no match on
 * a closed item's papers, sorting refused; and malformed input refused as the client's error,
 * never a 500 nor a town's.
 */
export function gatewayOracleProbes(region: RegionTarget): Probe[] {
  const probes: Probe[] = [];
  const sum = (pick: (p: RegionTarget['plantings'][number]) => number) => region.plantings.reduce((total, p) => total + pick(p), 0);
  const count = (field: string, filters: string, label: string, expected: number) =>
    probes.push(
      graphqlProbe(
        region,
        'graphql.closed-count',
        `{ ${field}(filters: ${filters}, first: 1) { totalCount } }`,
        {},
        refusedOrCount(`${field} ${label}`, (d) => d?.[field]?.totalCount, expected),
      ),
    );

  for (const code of Object.keys(region.plantings[0]?.expected.byResult ?? {})) {
    count(
      'agendaItems',
      `{ result: { eq: ${code} } }`,
      `result = ${code}`,
      sum((p) => p.expected.byResult[code]?.items ?? 0),
    );
    count(
      'meetings',
      `{ agendaItems: { result: { eq: ${code} } } }`,
      `agendaItems.result = ${code}`,
      sum((p) => p.expected.byResult[code]?.meetings ?? 0),
    );
  }
  count(
    'agendaItems',
    '{ start: { notNull: true } }',
    'start set',
    sum((p) => p.expected.publicItemsWithStart),
  );
  count('agendaItems', '{ public: { eq: false }, result: { notNull: true } }', 'closed items with a result', 0);
  count('agendaItems', '{ public: { eq: false }, end: { notNull: true } }', 'closed items with an end', 0);
  count('agendaItems', '{ end: { gt: "2030-01-01T00:00:00.000Z" } }', 'end after 2030', 0);
  count('agendaItems', '{ decision: { documentId: { notNull: true } }, public: { eq: false } }', 'closed items with a decision', 0);
  count('agendaItems', '{ papers: { documentId: { notNull: true } }, public: { eq: false } }', 'closed items with papers', 0);
  for (const planting of region.plantings) {
    for (const paper of planting.closed.papers) {
      count('agendaItems', `{ decision: { documentId: { eq: "${paper}" } } }`, `decision = ${paper} (a closed item's)`, 0);
      count('agendaItems', `{ papers: { documentId: { eq: "${paper}" } } }`, `papers ∋ ${paper} (a closed item's)`, 0);
    }
    count('papers', `{ agendaItems: { documentId: { eq: "${planting.closed.documentId}" } } }`, 'agendaItems ∋ the closed item', 0);
    count(
      'papers',
      `{ decidedInAgendaItems: { documentId: { eq: "${planting.closed.documentId}" } } }`,
      'decidedInAgendaItems ∋ the closed item',
      0,
    );
  }
  count('papers', '{ agendaItems: { public: { eq: false } } }', 'agendaItems.public = false', 0);
  for (const field of ['result', 'start', 'end']) {
    probes.push(
      graphqlProbe(
        region,
        'graphql.closed-sort',
        `{ agendaItems(orderBy: [{ field: ${field}, direction: ASC }], first: 100) { nodes { documentId ${field} } } }`,
        {},
        refusedAsUserInput(`orderBy ${field} (withheld)`),
      ),
    );
  }

  // Malformed input: the client's error, at the gateway or from the towns, never a 500.
  for (const [label, filters] of [
    ['between with one value', '{ start: { between: ["2026-01-01T00:00:00.000Z"] } }'],
    ['an impossible date', '{ start: { eq: "2026-02-30T00:00:00.000Z" } }'],
    ['an impossible date in a list', '{ start: { in: ["2026-02-30T00:00:00.000Z"] } }'],
  ]) {
    probes.push(
      graphqlProbe(
        region,
        'graphql.bad-input',
        `{ meetings(filters: ${filters}) { totalCount } }`,
        {},
        refusedAsUserInput(`meetings: ${label}`),
      ),
    );
  }
  probes.push(graphqlProbe(region, 'graphql.bad-input', '{ meetings(first: 1000) { totalCount } }', {}, refusedAsUserInput('first: 1000')));
  probes.push(graphqlProbe(region, 'graphql.bad-input', '{ node(id: "not-a-node-id") { id } }', {}, refusedAsUserInput('node(garbage)')));
  probes.push(
    graphqlProbe(region, 'graphql.bad-input', '{ events(filters: { categories: { contains: "{\\"unclosed" } }) { totalCount } }', {}),
  );
  probes.push(graphqlProbe(region, 'graphql.bad-input', '{ search(text: "%_%") { totalCount } }', {}));
  return probes;
}
