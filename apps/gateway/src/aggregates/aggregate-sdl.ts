import { communesModel, contentTypeNamed, namingOf, type ResolvedContentType } from '@communes/domain';
import { hasOccurrences } from '../occurrences/occurrence-range';
import { occurrencesArgumentSdl } from '../occurrences/occurrences-sdl';
import { aggregateFieldsOf } from './aggregate-fields';

const SYSTEM_WORDS: Record<string, string> = {
  town: 'The town the entry comes from.',
  createdAt: 'When the entry was created.',
  updatedAt: 'When the entry was last changed.',
  publishedAt: 'When the entry was published.',
};

/** One line on a field for the schema's readers: its description, else its English label. */
function wordsOf(type: ResolvedContentType, name: string): string {
  if (SYSTEM_WORDS[name]) return SYSTEM_WORDS[name];
  const [own, linked] = name.split('_') as [string, string | undefined];
  const field = type.fields[own];
  if (linked && field?.kind === 'relation')
    return `${wordsOf(contentTypeNamed(field.target), linked).replace(/\.$/, '')}, of the linked ${own}.`;
  const words = field?.description ?? field?.editor?.label.en ?? name;
  return `${words.replace(/"""/g, '"').replace(/\.?$/, '')}.`;
}

const enumOf = (type: ResolvedContentType, name: string, description: string, values: readonly string[]) =>
  `"""${description}"""\nenum ${name} {\n${values.map((v) => `  """${wordsOf(type, v)}"""\n  ${v}`).join('\n')}\n}`;

/** A kind's aggregate types: its enums of fields, how to group it, a group and the answer. */
function kindSdl(type: ResolvedContentType): string {
  const { graphqlType: t } = namingOf(type);
  const fields = aggregateFieldsOf(type);
  const numbers = fields.number.length > 0;
  const distinct = fields.distinct.length > 0;
  return [
    enumOf(
      type,
      `${t}GroupField`,
      `What ${t} entries can be grouped by: town, a vocabulary (its code; a list of codes: each code it holds, so an entry may count in several groups), a yes/no, a link to one entry (its documentId).`,
      fields.group,
    ),
    enumOf(type, `${t}DateField`, `The date and time fields of ${t} entries: periods to group by, and durations.`, fields.date),
    numbers ? enumOf(type, `${t}NumberField`, `The number fields of ${t} entries.`, fields.number) : '',
    distinct ? enumOf(type, `${t}DistinctField`, `The fields of ${t} entries whose distinct values can be counted.`, fields.distinct) : '',
    `"""One way to group ${t} entries: exactly one of field, date (with its bucket) or townGroup."""
input ${t}GroupBy {
  """A field whose values make the groups."""
  field: ${t}GroupField
  """A date field: the groups are periods of it, in Brussels time (entries without one, or with a value that is not a date, make the group whose value is null)."""
  date: ${t}DateField
  """The period of a date group: MONTH when not given."""
  bucket: TimeBucket
  """A kind of the towns' groups, e.g. "province": the groups are its codes (a town outside any: null)."""
  townGroup: String
}`,
    `"""A group of ${t} entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index."""
type ${t}AggregateGroup {
  """What the group stands for: one key per groupBy, in its order."""
  keys: [AggregateKey!]!
  """How many entries the group holds; null when the group is suppressed (see suppressed)."""
  count: Int
  """True when the group holds fewer entries than the deployment publishes (the answer's suppressedBelow): its count and every measure are withheld (null); its keys stay."""
  suppressed: Boolean!
  """When the group is suppressed: the count it is below (it holds from 1 to countBelow - 1 entries), for a "< countBelow" in its place; null otherwise."""
  countBelow: Int${
    distinct
      ? `
  """How many distinct values of a field the group's entries hold (missing values not counted); null when the group is suppressed."""
  countDistinct("""The field whose values are counted.""" field: ${t}DistinctField!): Int`
      : ''
  }${
    numbers
      ? `
  """The sum of a number field; null when no entry has one, or the group is suppressed."""
  sum("""The number field.""" field: ${t}NumberField!): Float
  """The average of a number field; null when no entry has one, or the group is suppressed."""
  avg("""The number field.""" field: ${t}NumberField!): Float
  """The smallest value of a number field; null when no entry has one, or the group is suppressed."""
  min("""The number field.""" field: ${t}NumberField!): Float
  """The largest value of a number field; null when no entry has one, or the group is suppressed."""
  max("""The number field.""" field: ${t}NumberField!): Float
  """The median of a number field (interpolated); null when no entry has one, or the group is suppressed."""
  median("""The number field.""" field: ${t}NumberField!): Float
  """A percentile of a number field (interpolated): p from 0 to 1, 0.9 for the 90th; null when no entry has one, or the group is suppressed."""
  percentile("""The number field.""" field: ${t}NumberField!, """From 0 to 1: 0.9 for the 90th percentile.""" p: Float!): Float`
      : ''
  }
  """The time from one date field to another, over the entries having both (e.g. from request to closure): its median, average or a percentile; null when no entry has both, or the group is suppressed."""
  duration("""Where each duration starts.""" from: ${t}DateField!, """Where it ends.""" to: ${t}DateField!, """How the durations are summed up.""" statistic: DurationStatistic = MEDIAN, """With PERCENTILE: from 0 to 1.""" p: Float, """The unit of the answer.""" unit: DurationUnit = DAYS): Float
}`,
    `"""${t} entries grouped and measured across towns, from the regional index (or counted live by one town: see source)."""
type ${t}Aggregate {
  """The groups, sorted by their keys in turn (values, then the remainder of a top, then null)."""
  groups: [${t}AggregateGroup!]!
  """How many entries match, in all (an entry in several groups of a list of codes counts once here); null when fewer than suppressedBelow (from 1 to suppressedBelow - 1), as a group's count."""
  totalCount: Int
  """The deployment's minimum count (GATEWAY_AGGREGATE_MIN_COUNT): groups holding fewer entries are suppressed (count and measures null, suppressed true); null when nothing is suppressed."""
  suppressedBelow: Int
  """Towns asked for that the index cannot answer for (never harvested): not counted (see errors)."""
  missingTowns: [String!]!
  """True when every town asked is in the index and its last harvest succeeded."""
  complete: Boolean!
  """INDEX: computed by the regional index; LIVE: counted by the one town asked, during this request."""
  source: DataSource!
  """How current the figures are: each town's last harvest."""
  freshness: Freshness!
}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The Query fields of the aggregates, one per kind. */
export function aggregateQueryFieldsSdl(): string {
  return communesModel.contentTypes
    .map((type) => {
      const { graphqlType: t, listField } = namingOf(type);
      return `  """${t} entries of the towns asked, grouped and measured in one read of the regional index, or for one town counted live (see source; a BAD_USER_INPUT error names what it cannot group or filter by; INDEX_UNAVAILABLE for what only an index answers, on a gateway without one)."""
  ${listField}Aggregate(
    """The towns, by code; every town when neither towns nor group is given."""
    towns: [String!]
    """A group's code ("hainaut" or "province:hainaut"): its towns."""
    group: String
    """The lists' filters."""
    filters: ${t}FiltersInput
    """A fallback chain of locales: each town counted in the first it publishes in, as its list reads it."""
    locale: [String!]
    """At most four ways to group, in turn; none: one group of every entry."""
    groupBy: [${t}GroupBy!]
    """Keep the n values of one groupBy most entries have; the rest make one group (other: true)."""
    top: AggregateTop
    """Where the figures come from: INDEX, the regional index (any towns, every measure); LIVE, the one town asked counts now (count and totalCount only, grouped by town, a town group, a vocabulary or yes/no field, or periods of a date field the filters bound with gte and lt, in at most 64 counts; anything else is a BAD_USER_INPUT error naming why). By default INDEX where the gateway has an index, else LIVE."""
    source: DataSource${hasOccurrences(type) ? `\n${occurrencesArgumentSdl}` : ''}
  ): ${t}Aggregate!`;
    })
    .join('\n');
}

/** The aggregates' shared types and every kind's own. */
export function aggregateTypesSdl(): string {
  return `"""A period of time, in Brussels time."""
enum TimeBucket {
  """A day: "2026-03-31"."""
  DAY
  """An ISO 8601 week, from Monday: "2026-W14"."""
  WEEK
  """A month: "2026-03"."""
  MONTH
  """A quarter: "2026-Q1"."""
  QUARTER
  """A year: "2026"."""
  YEAR
}

"""How a duration's values are summed up."""
enum DurationStatistic {
  """The middle value (interpolated)."""
  MEDIAN
  """The mean."""
  AVERAGE
  """The percentile p (interpolated)."""
  PERCENTILE
}

"""The unit of a duration."""
enum DurationUnit {
  """Days of 24 hours, with their fraction."""
  DAYS
  """Hours, with their fraction."""
  HOURS
}

"""Which values of one groupBy to keep."""
input AggregateTop {
  """The groupBy's position, 0 for the first."""
  groupBy: Int! = 0
  """How many values to keep (1 to 100), those most entries have."""
  n: Int!
}

"""One value a group stands for."""
type AggregateKey {
  """What was grouped by: "town", a field's name, "townGroup:province", or a date field and its bucket ("requestedAt:MONTH")."""
  dimension: String!
  """A code, a town's code, "true" or "false", a documentId, a period ("2026-03", "2026-Q1", "2026-W14", "2026-03-31", "2026"); null for entries without one, and for the values a top left out."""
  value: String
  """True for the group of the values a top left out."""
  other: Boolean!
  """The value for people: a vocabulary's label, a town's name, "yes"/"no"; otherwise the value. In the language asked (fr, nl, de or en; else English)."""
  label("""fr, nl, de or en; English when not given or another.""" language: String): String
}

${communesModel.contentTypes.map(kindSdl).join('\n\n')}`;
}
