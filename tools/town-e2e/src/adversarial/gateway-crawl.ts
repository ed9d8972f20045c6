import { findContentType } from '@communes/domain';
import { encodeNodeId } from '../../../../apps/gateway/src/towns/node-id';
import type { Crawl } from './create-crawl';
import { createGraphqlSchema, INTROSPECTION_QUERY, type GraphqlSchema, type RootList } from './graphql-schema';
import { errorCodes, graphqlProbe, refusedOrCount } from './graphql-probe';
import type { RegionTarget } from './region-target';

const MAX_PAGES = 10;

/**
 * The gateway's GraphQL as a crawler reads it: the schema by introspection, then every root
 * list, all pages, every locale chain, every non-private field selected (and each related
 * node's); "canary" through every string filter and every relation filter; `node` and
 * `nodes` on drafts, edits, the closed items and the private request; `search` for
 * "canary" and for each kind's draft and edit canaries.
 */
export async function crawlGateway(crawl: Crawl, region: RegionTarget): Promise<GraphqlSchema | undefined> {
  const introspection = await crawl.probe(
    graphqlProbe(region, 'graphql.introspection', INTROSPECTION_QUERY, {}, (a) =>
      a.json?.data ? undefined : 'no introspection: the GraphQL crawl could not run (enable it in the gateway config)',
    ),
  );
  if (!introspection?.json?.data) return undefined;
  const schema = createGraphqlSchema(introspection.json.data);
  const chains = [...new Set(region.plantings.flatMap((p) => [p.locales.join(','), ...p.locales]))].map((c) => c.split(','));

  await Promise.all(schema.rootLists.flatMap((list) => chains.map((chain) => readAllPages(crawl, region, schema, list, chain))));
  // Each town's listing with what it follows (drafts are planted shared into every channel).
  await Promise.all(
    schema.rootLists
      .filter((list) => list.shareable)
      .flatMap((list) => region.plantings.map((p) => readAllPages(crawl, region, schema, list, p.locales, p.town))),
  );
  await crawl.probeAll(schema.rootLists.flatMap((list) => filterProbes(region, schema, list)));
  await crawl.probeAll(nodeProbes(region, schema));
  await crawl.probeAll(searchProbes(region, schema));
  return schema;
}

async function readAllPages(
  crawl: Crawl,
  region: RegionTarget,
  schema: GraphqlSchema,
  list: RootList,
  locale: string[],
  sharedOf?: string,
) {
  const shared = sharedOf ? `, towns: ["${sharedOf}"], shared: true` : '';
  const query = `query($after: String, $locale: [String!]) { ${list.field}(first: 100, after: $after, locale: $locale${shared}) { totalCount missingTowns pageInfo { hasNextPage endCursor } nodes { ${schema.nodeSelection(list.nodeType)} } } }`;
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await crawl.probe(
      graphqlProbe(region, 'graphql.list', query, { after, locale }, (a) =>
        errorCodes(a).length ? `${list.field}: errors ${errorCodes(a).join(', ')}` : undefined,
      ),
    );
    const info = answer?.json?.data?.[list.field]?.pageInfo;
    if (!info?.hasNextPage) return;
    after = info.endCursor;
  }
}

function filterProbes(region: RegionTarget, schema: GraphqlSchema, list: RootList) {
  const { strings, relations } = schema.filterFields(list.filtersType);
  const count = (filters: string, label: string) =>
    graphqlProbe(
      region,
      'graphql.filter',
      `{ ${list.field}(filters: ${filters}, first: 100) { totalCount nodes { documentId } } }`,
      {},
      refusedOrCount(`${list.field} ${label}`, (d) => d?.[list.field]?.totalCount, 0),
    );
  return [
    ...strings.map((field) => count(`{ ${field}: { containsi: "canary" } }`, `${field} containsi canary`)),
    ...relations.flatMap((relation) =>
      schema
        .filterFields(relation.type)
        .strings.map((field) =>
          count(`{ ${relation.name}: { ${field}: { containsi: "canary" } } }`, `${relation.name}.${field} containsi canary`),
        ),
    ),
  ];
}

/** The GraphQL type of a kind: `agenda-item` is `AgendaItem`. */
const typeOfKind = (schema: GraphqlSchema, kind: string) => schema.nodeTypes.find((t) => t.toLowerCase() === kind.replace(/-/g, ''));

function nodeProbes(region: RegionTarget, schema: GraphqlSchema) {
  // One kind per request: fragments on several types may not select same-named fields of
  // different types (GraphQL's overlapping-fields rule), so each asks for one type's fields.
  const on = (kind: string) => {
    const type = typeOfKind(schema, kind);
    return type ? `... on ${type} { ${schema.nodeSelection(type)} }` : '';
  };
  const probes = [];
  for (const planting of region.plantings) {
    // An entry's id names the locale it is read in (none for a kind that is not localized).
    const id = (kind: string, documentId: string, locale?: string) =>
      encodeNodeId({ town: planting.town, kind, documentId, locale: findContentType(kind)?.localized ? locale : undefined });
    // Drafts by ids as a client could forge them: in each locale, and without one (the town's default).
    const draftIds = planting.neverPublished.flatMap((draft) =>
      [undefined, ...planting.locales].map((locale) => ({ ...draft, id: id(draft.kind, draft.documentId, locale) })),
    );
    for (const draft of draftIds) {
      probes.push(
        graphqlProbe(region, 'graphql.node-draft', `query($id: ID!) { node(id: $id) { id ${on(draft.kind)} } }`, { id: draft.id }, (a) =>
          a.json?.data?.node ? `node(${draft.kind} ${draft.documentId}) served a draft` : undefined,
        ),
      );
    }
    const drafts = [...new Set(draftIds.map((d) => d.id))];
    probes.push(
      graphqlProbe(region, 'graphql.node-draft', `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: drafts }, (a) =>
        (a.json?.data?.nodes ?? []).some(Boolean) ? 'nodes() served a draft' : undefined,
      ),
    );
    const published: { kind: string; documentId: string }[] = [
      ...planting.edits,
      { kind: 'agenda-item', documentId: planting.closed.documentId },
      { kind: 'service-request', documentId: planting.privateRequest },
      ...planting.closed.papers.map((documentId) => ({ kind: 'paper', documentId })),
      { kind: 'meeting', documentId: planting.closed.meeting },
    ];
    for (const kind of new Set(published.map((p) => p.kind))) {
      for (const locale of planting.locales) {
        const ids = published.filter((p) => p.kind === kind).map((p) => id(p.kind, p.documentId, locale));
        probes.push(
          graphqlProbe(region, 'graphql.node', `query($ids: [ID!]!) { nodes(ids: $ids) { id ${on(kind)} } }`, { ids }, (a) =>
            a.json?.data?.nodes?.length === ids.length && a.json.data.nodes.every(Boolean)
              ? undefined
              : `nodes(${kind}) did not serve the published entries: ${a.text.slice(0, 160)}`,
          ),
        );
      }
    }
  }
  return probes;
}

function searchProbes(region: RegionTarget, schema: GraphqlSchema) {
  const query = (selection: string) =>
    `query($text: String!, $locale: [String!], $kinds: [ContentKind!]) { search(text: $text, locale: $locale, kinds: $kinds, first: 100) { totalCount edges { score node { id ${selection} } } } }`;
  const none = (text: string) => refusedOrCount(`search("${text.slice(0, 40)}")`, (d) => d?.search?.totalCount, 0);
  // "canary" is in every long canary: one search per kind (every field of its hits selected)
  // and locale covers them all; a few exact canaries (a draft's, an edit's, a closed item's,
  // a private one, per town) check whole values too.
  const locales = [...new Set(region.plantings.flatMap((p) => p.locales))];
  const probes = schema.nodeTypes.flatMap((type) =>
    [undefined, ...locales].map((locale) =>
      graphqlProbe(
        region,
        'graphql.search',
        query(`... on ${type} { ${schema.nodeSelection(type)} }`),
        { text: 'canary', locale: locale && [locale], kinds: [type] },
        none(`canary in ${type}`),
      ),
    ),
  );
  for (const planting of region.plantings) {
    for (const family of ['draft', 'edit', 'closed', 'private']) {
      const canary = planting.canaries.find((c) => c.family === family && c.value.startsWith('CANARY-'));
      if (canary)
        probes.push(
          graphqlProbe(
            region,
            'graphql.search',
            query('__typename'),
            { text: canary.value, locale: canary.locale && [canary.locale] },
            none(canary.value),
          ),
        );
    }
  }
  return probes;
}
