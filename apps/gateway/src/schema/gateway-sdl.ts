import { communesModel, namingOf } from '@communes/domain';

const LIST_ARGS = (type: string) =>
  `filters: ${type}FiltersInput, orderBy: [${type}Order!], "At most the gateway's maximum page size (100)." first: Int = 20, after: String, "A fallback chain, e.g. [\\"de\\", \\"fr\\", \\"en\\"]: each town is read in the first it publishes in." locale: [String!]`;

/**
 * The gateway's own part of the schema: the Query root, towns and groups, provenance on every
 * node, and the towns a connection is missing. The content types themselves come from the
 * SDL that codegen generates from the model.
 */
export function toGatewaySdl(): string {
  const kinds = communesModel.contentTypes.map((type) => namingOf(type));
  return `
"""A town whose Strapi the gateway federates."""
type Town {
  code: String!
  name: String!
  """Where the public reaches the town (its files are under it)."""
  url: String!
  locales: [String!]!
  groups: [TownGroupRef!]!
  """What the gateway saw of the town lately."""
  status: TownStatus!
  """The Communes plugins the town runs, from its manifest (empty when the town is down)."""
  plugins: [TownPlugin!]!
${kinds.map((k) => `  ${k.listField}(${LIST_ARGS(k.graphqlType)}): ${k.graphqlType}Connection!`).join('\n')}
}

type TownGroupRef {
  """e.g. province, region, community."""
  kind: String!
  code: String!
}

type TownGroup {
  kind: String!
  code: String!
  towns: [Town!]!
}

enum TownState {
  UP
  DEGRADED
  DOWN
}

type TownStatus {
  state: TownState!
  lastSeen: DateTime
  """Recent upstream latency, smoothed."""
  latencyMs: Int
  error: String
}

type TownPlugin {
  name: String!
  packageName: String!
  version: String!
  domain: String!
  modelFingerprint: String!
  kinds: [String!]!
}

enum ContentKind {
${kinds.map((k) => `  ${k.graphqlType}`).join('\n')}
}

type SearchHit {
  node: Node!
  score: Float!
}

type SearchEdge {
  cursor: String!
  node: SearchHit!
}

type SearchConnection {
  edges: [SearchEdge!]!
  nodes: [SearchHit!]!
  pageInfo: PageInfo!
  totalCount: Int!
  missingTowns: [String!]!
}

type Query {
  """The registry's towns, optionally those of one group (a code such as "hainaut" or "province:hainaut")."""
  towns(group: String): [Town!]!
  town(code: String!): Town
  groups: [TownGroup!]!
  node(id: ID!, locale: [String!]): Node
  nodes(ids: [ID!]!, locale: [String!]): [Node]!
  """Text search across kinds and towns, ranked by where the words appear."""
  search(text: String!, kinds: [ContentKind!], towns: [String!], group: String, locale: [String!], first: Int = 20, after: String): SearchConnection!
${kinds.map((k) => `  ${k.listField}(towns: [String!], group: String, ${LIST_ARGS(k.graphqlType)}): ${k.graphqlType}Connection!`).join('\n')}
}

${kinds.map((k) => `extend type ${k.graphqlType} {\n  """The town this entry comes from."""\n  town: Town!\n}\n\nextend type ${k.graphqlType}Connection {\n  """Towns asked for whose data is missing from this page (see errors)."""\n  missingTowns: [String!]!\n}`).join('\n\n')}
`;
}
