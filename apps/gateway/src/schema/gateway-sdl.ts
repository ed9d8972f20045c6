import { communesModel, isShareable, MEMBER_KINDS, namingOf } from '@communes/domain';
import { toMemberKindEnum } from './member-kind-enum';
import { aggregateQueryFieldsSdl, aggregateTypesSdl } from '../aggregates/aggregate-sdl';
import { labelsSdl } from '../labels/labels-sdl';
import { occurrencesSdl } from '../occurrences/occurrences-sdl';

/** A connection's arguments: Relay's paging both ways (first/after, last/before, never first with last). */
const LIST_ARGS = (type: string) =>
  `"Strapi's filter operators on the kind's fields." filters: ${type}FiltersInput, "The order, on these fields in turn (else the kind's default order); ties by documentId." orderBy: [${type}Order!], "Page forward: this many entries, at most the gateway's maximum page size (100 by default); 20 when neither first nor last is given." first: Int, "Page forward: the entries after this cursor (an edge's, or pageInfo.endCursor)." after: String, "Page backward: this many entries, the last ones before \`before\` (else the list's last), at most the maximum page size. Not with first." last: Int, "Page backward: the entries before this cursor (an edge's, or pageInfo.startCursor)." before: String, "A fallback chain, e.g. [\\"de\\", \\"fr\\", \\"en\\"]: each town is read in the first it publishes in." locale: [String!]`;

/** The argument of a shareable kind's lists that adds what the towns read subscribe to. */
const SHARED_ARG = (shareable: boolean) =>
  shareable
    ? `, "Also the entries the towns read subscribe to: shared into a channel they follow (SharingChannel), or listed by a member they follow (member:<code>, with what it follows in turn). Each entry once, its town the one it comes from; published entries only. False by default." shared: Boolean`
    : '';

/**
 * The gateway's own part of the schema: the Query root, towns and groups, provenance on every
 * node, and the towns a connection is missing. The content types themselves come from the
 * SDL that codegen generates from the model.
 */
export function toGatewaySdl(): string {
  const kinds = communesModel.contentTypes.map((type) => ({ ...namingOf(type), shared: SHARED_ARG(isShareable(type)) }));
  return `
"""What public body a member of the network is (OParl's Body classification)."""
enum MemberKind {
${Object.values(MEMBER_KINDS)
  .map(
    (kind) =>
      `  """${kind.labels.en} (fr: ${kind.labels.fr}; nl: ${kind.labels.nl}; de: ${kind.labels.de})."""\n  ${toMemberKindEnum(kind.code)}`,
  )
  .join('\n')}
}

"""A member of the network whose Strapi the gateway federates: a town, or another public body (its kind)."""
type Town implements Node {
  """Globally unique and stable (it encodes the town's code): fetch the town again with node(id)."""
  id: ID!
  """The town's code in the registry, e.g. "eupen": what towns and town(code) take."""
  code: String!
  """The town's name, e.g. "Eupen"."""
  name: String!
  """What public body it is: a town (TOWN), a CPAS, a police zone..."""
  kind: MemberKind!
  """The kind's name, e.g. "Zone de police"."""
  kindLabel(
    """fr, nl, de or en; by default the town's default locale (English where it is none of them)."""
    language: String
  ): String!
  """Where the public reaches the town (its files are under it)."""
  url: String!
  """The locales the town publishes in, its default first, e.g. ["de", "fr"]."""
  locales: [String!]!
  """The groups the town belongs to, one per kind of group."""
  groups: [TownGroupRef!]!
  """What the gateway saw of the town lately."""
  status: TownStatus!
  """The Communes plugins the town runs, from its manifest (empty when the town is down)."""
  plugins: [TownPlugin!]!
  """The domains of the plugins it runs that its kind does not install (e.g. ["urbanism"] for a police zone), for the network's coordinators: member:new would have refused them. Empty when the town is down."""
  pluginsOutsideKind: [String!]!
  """What the town's listings follow when read with shared: channels (a SharingChannel code, e.g. "wallonia") and members ("member:seneffe"), from its manifest (empty when the town is down)."""
  subscriptions: [String!]!
  """The same in words: a channel by its name in a language, a member by its name (its code when the registry does not list it)."""
  subscriptionLabels(
    """fr, nl, de or en; by default the town's default locale (English where it is none of them)."""
    language: String
  ): [String!]!
  """How fresh the regional index is for this town: null when the gateway has no index."""
  harvest: TownHarvest
${kinds.map((k) => `  """The town's ${k.graphqlType} entries: a page of the list, as the root field ${k.listField} gives it for this town only."""\n  ${k.listField}(${LIST_ARGS(k.graphqlType)}${k.shared}): ${k.graphqlType}Connection!`).join('\n')}
}

"""A group a town belongs to, e.g. its province."""
type TownGroupRef {
  """e.g. province, region, community."""
  kind: String!
  """The group's code, e.g. "hainaut"."""
  code: String!
}

"""A group of towns, e.g. a province, and the towns in it."""
type TownGroup {
  """e.g. province, region, community."""
  kind: String!
  """The group's code, e.g. "hainaut": what the group arguments take (or "province:hainaut")."""
  code: String!
  """The group's towns."""
  towns: [Town!]!
}

"""How a town answered the gateway lately."""
enum TownState {
  """It answers."""
  UP
  """It answers, but slowly or with some calls failing lately."""
  DEGRADED
  """It does not answer: its data is missing from answers until it is back."""
  DOWN
}

"""What the gateway saw of a town lately."""
type TownStatus {
  """How the town answered lately."""
  state: TownState!
  """When it last answered; null when it never has since the gateway started."""
  lastSeen: DateTime
  """Recent upstream latency, smoothed."""
  latencyMs: Int
  """What went wrong last, until the town answers again (never its address)."""
  error: String
}

"""How the regional index follows a town: what the harvester last did with it."""
type TownHarvest {
  """How the index follows the town: its change feed, or reading it whole (a town on a plugin version without a feed)."""
  source: HarvestSource!
  """When the index last caught up with the town; null when it never has."""
  lastSuccess: DateTime
  """When the harvester last tried."""
  lastAttempt: DateTime
  """Failures in a row since the last success (0 when the last try succeeded)."""
  failures: Int!
  """What went wrong last, until a harvest succeeds again (never the town's address)."""
  lastError: String
  """Changes in the town's feed the index had not read when the harvester last looked (0: caught up)."""
  behind: Int!
  """The harvester leaves the town alone until then, after failures (backoff); null when it is not waiting."""
  nextAttempt: DateTime
  """Entries the town serves that do not fit the shared model (a code outside its vocabulary, a required value missing), kept out of the index as the gateway keeps them out of lists: 0 when every entry fits."""
  refused: Int!
  """The latest refused entry: what is wrong with it and its documentId; null when none is refused."""
  lastRefusal: String
}

"""How the regional index follows a town."""
enum HarvestSource {
  """The town's change feed, read from where the index stopped."""
  FEED
  """The town read whole at every round (it has no change feed)."""
  SWEEP
}

"""A Communes plugin a town runs, as its manifest says."""
type TownPlugin {
  """The plugin's Strapi name, e.g. communes-agenda."""
  name: String!
  """Its npm package, e.g. @communes/strapi-plugin-agenda."""
  packageName: String!
  """The version the town runs."""
  version: String!
  """The domain it serves, e.g. agenda."""
  domain: String!
  """A fingerprint of the plugin's model: two towns with the same one serve the same fields."""
  modelFingerprint: String!
  """The kinds it serves, by singular name, e.g. ["event"]."""
  kinds: [String!]!
}

"""A kind of content, by its GraphQL type name: what search's kinds takes."""
enum ContentKind {
${kinds.map((k) => `  """${k.graphqlType} entries."""\n  ${k.graphqlType}`).join('\n')}
}

"""A search match: the entry and how well it matches."""
type SearchEdge {
  """Pass it as search's after to get the matches after this one."""
  cursor: String!
  """The entry found, in the locale it was read in."""
  node: Node!
  """How well it matches: higher first. Words in the entry's name weigh most; only the order of scores means something."""
  score: Float!
}

"""A page of search matches, best first (Relay connection)."""
type SearchConnection {
  """The matches of the page, each with its cursor and score."""
  edges: [SearchEdge!]!
  """The entries of the page, in the order of edges (without scores)."""
  nodes: [Node!]!
  """Where the page stands in the matches."""
  pageInfo: PageInfo!
  """How many matches in all: from the towns, across those that answered (at most 50 per town and kind); from the regional index, every match."""
  totalCount: Int!
  """Towns asked for whose matches are missing (see errors)."""
  missingTowns: [String!]!
  """True when every town asked answered, so that totalCount and the matches cover them all; false when missingTowns is not empty."""
  complete: Boolean!
  """Where the matches come from: the towns, asked now, or the regional index."""
  source: DataSource!
  """How current the matches are."""
  freshness: Freshness!
}

"""Where a list's answer comes from."""
enum DataSource {
  """The towns, asked during this request."""
  LIVE
  """The regional index, which the harvester keeps from the towns' change feeds: one read however many towns."""
  INDEX
}

"""How current a list's answer is: for a live answer, now; for the regional index, as of each town's last harvest."""
type Freshness {
  """The oldest time at which a town's data in the answer was known current: the request's time for a live answer, the oldest last harvest for the index; null when a town asked was never harvested."""
  oldestSync: DateTime
  """Towns whose data in the index is behind their own (changes not harvested yet, or never harvested); always empty for a live answer."""
  behind: [String!]!
  """Towns whose last read failed: missing from a live answer, possibly stale in the index's."""
  failing: [String!]!
}

"""The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search."""
type Query {
  """The registry's towns, optionally those of one group."""
  towns(
    """A group's code, such as "hainaut", or its kind and code, "province:hainaut"; every town when not given. An unknown group is an UNKNOWN_TOWN error."""
    group: String
    """Only members of these kinds, e.g. [TOWN] for towns only; every kind when not given."""
    kind: [MemberKind!]
  ): [Town!]!
  """One town of the registry; null when the registry lists no such town."""
  town(
    """The town's code, e.g. "eupen"."""
    code: String!
  ): Town
  """Every group the registry's towns belong to, sorted by kind and code."""
  groups: [TownGroup!]!
  """
  Any object by its global id (Relay): an entry, in the locale its id names, or a Town. Null
  when there is no such object or it is not public: an unknown town or kind, a draft, an
  entry the town does not publish in that locale. An id this gateway did not issue is a
  BAD_USER_INPUT error. An entry's id from before locales were part of ids reads the town's
  default locale (the answer's id then names it).
  """
  node(
    """An id of this gateway, as an object's id field gives it."""
    id: ID!
  ): Node
  """Several objects by global id, as node(id) reads each: in the order of ids, null where there is none."""
  nodes(
    """Ids of this gateway; one it did not issue is a BAD_USER_INPUT error."""
    ids: [ID!]!
  ): [Node]!
  """
  Text search across kinds and towns, ranked by where the words appear (accents and case do not
  matter). Over more than one town with a regional index: the index's full-text search in each
  town's locale (words stemmed), every match counted. Otherwise each town gives at most 50
  matches per kind, which are ranked together and paged.
  """
  search(
    """The words to find, at least one of two letters or more (else BAD_USER_INPUT)."""
    text: String!
    """The kinds to search; every kind with text fields when not given."""
    kinds: [ContentKind!]
    """The towns to search, by code; every town when neither towns nor group is given. An unknown town is an UNKNOWN_TOWN error."""
    towns: [String!]
    """A group's code ("hainaut" or "province:hainaut"): its towns are searched."""
    group: String
    """A fallback chain, e.g. ["de", "fr"]: each town is searched in the first it publishes in, else in its default locale."""
    locale: [String!]
    """Page forward: this many matches, at most the gateway's maximum page size (100 by default); 20 when neither first nor last is given."""
    first: Int
    """Page forward: the matches after this cursor (an edge's, or pageInfo.endCursor)."""
    after: String
    """Page backward: this many matches, the last ones before \`before\` (else the last of all), at most the maximum page size. Not with first."""
    last: Int
    """Page backward: the matches before this cursor (an edge's, or pageInfo.startCursor)."""
    before: String
  ): SearchConnection!
${kinds.map((k) => `  """${k.graphqlType} entries of the towns asked, merged across towns in the requested order; each node in the locale it was read in."""\n  ${k.listField}("""The towns to read, by code; every town when neither towns nor group is given. An unknown town is an UNKNOWN_TOWN error.""" towns: [String!], """A group's code ("hainaut" or "province:hainaut"): its towns are read.""" group: String, ${LIST_ARGS(k.graphqlType)}${k.shared}): ${k.graphqlType}Connection!`).join('\n')}
${aggregateQueryFieldsSdl()}
}

${aggregateTypesSdl()}

${occurrencesSdl()}

${labelsSdl()}

${kinds.map((k) => `extend type ${k.graphqlType} {\n  """The town this entry comes from."""\n  town: Town!\n}\n\nextend type ${k.graphqlType}Connection {\n  """Towns asked for whose data is missing from this page (see errors)."""\n  missingTowns: [String!]!\n  """True when every town asked answered, so that totalCount and the page cover them all; false when missingTowns is not empty (a failing town adds nothing to totalCount); from the index, false too when a town asked was never harvested or its last harvest failed."""\n  complete: Boolean!\n  """Where the page comes from: the towns, asked now (one town, or the gateway has no index), or the regional index (a region)."""\n  source: DataSource!\n  """How current the page is."""\n  freshness: Freshness!\n}`).join('\n\n')}
`;
}
