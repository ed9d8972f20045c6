import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TownEntry } from '../../towns/town-directory';
import type { Group } from '../../resolvers/town-resolvers';
import type { GatewayNode } from '../../towns/to-node';
import type { GatewayContext } from '../../resolvers/gateway-context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day without time zone: an RFC 3339 full-date (ISO 8601), e.g. 2026-03-14. A real calendar date: 2026-02-30 is refused. */
  Date: { input: string; output: string; }
  /** An instant: an RFC 3339 date-time with its offset (ISO 8601), e.g. 2026-03-14T19:30:00.000Z or 2026-03-14T20:30:00+01:00. A value may leave out the seconds (2026-03-14T20:30+01:00). A real calendar date: 2026-02-30 is refused. */
  DateTime: { input: string; output: string; }
  /** Any JSON value (RFC 8259): an object, a list, a string, a number, a boolean or null. Only where the model declares no shape; structured values have their own types. */
  JSON: { input: unknown; output: unknown; }
  /** A local time of day, without offset: an RFC 3339 partial-time, e.g. 19:30:00.000 (HH:mm:ss.SSS). A value may leave out the seconds (19:30). */
  Time: { input: string; output: string; }
};

/** An item on a meeting's agenda, with the decision taken on it. When public is false, only meeting, number, order, name, public and the system fields are served. */
export type AgendaItem = Node & {
  __typename?: 'AgendaItem';
  /** The agenda item's auxiliary files (files). Withheld (empty) when public is false. */
  auxiliaryFiles: Array<MediaFile>;
  /** When the entry was created in its town. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The decision paper adopted on this item. Withheld (null) when public is false. */
  decision?: Maybe<Paper>;
  /** The entry's documentId in its town's Strapi. */
  documentId: Scalars['ID']['output'];
  /** The agenda item's end (an instant). Withheld (null) when public is false. */
  end?: Maybe<Scalars['DateTime']['output']>;
  /** Globally unique and stable: encodes the town, the kind, the documentId and, for a localized kind, the locale the entry was read in. Fetch it again with node(id). */
  id: Scalars['ID']['output'];
  /** The locale the localized fields were taken from (after fallback). */
  locale?: Maybe<Scalars['String']['output']>;
  /** The agenda item's meeting (a Meeting). */
  meeting?: Maybe<Meeting>;
  /** The agenda item's name. */
  name: Scalars['String']['output'];
  /** As printed on the agenda, e.g. "10.1". */
  number?: Maybe<Scalars['String']['output']>;
  /** Position on the agenda, from 0. */
  order: Scalars['Int']['output'];
  /** The papers heard under this item. Withheld (empty) when public is false. */
  papers: Array<Paper>;
  /** False for an item heard in closed session. */
  public?: Maybe<Scalars['Boolean']['output']>;
  /** When the entry was last published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The agenda item's resolution file (a file). Withheld (null) when public is false. */
  resolutionFile?: Maybe<MediaFile>;
  /** The agenda item's resolution text (Markdown). Withheld (null) when public is false. */
  resolutionText?: Maybe<Scalars['String']['output']>;
  /** The agenda item's result (a AgendaItemResult code). Withheld (null) when public is false. */
  result?: Maybe<AgendaItemResult>;
  /** The label of result's code; null when it has none. */
  resultLabel?: Maybe<Scalars['String']['output']>;
  /** The agenda item's start (an instant). Withheld (null) when public is false. */
  start?: Maybe<Scalars['DateTime']['output']>;
  /** The town this entry comes from. */
  town: Town;
  /** When the entry was last changed in its town. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** An item on a meeting's agenda, with the decision taken on it. When public is false, only meeting, number, order, name, public and the system fields are served. */
export type AgendaItemResultLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** AgendaItem entries grouped and measured across towns, from the regional index (or counted live by one town: see source). */
export type AgendaItemAggregate = {
  __typename?: 'AgendaItemAggregate';
  /** True when every town asked is in the index and its last harvest succeeded. */
  complete: Scalars['Boolean']['output'];
  /** How current the figures are: each town's last harvest. */
  freshness: Freshness;
  /** The groups, sorted by their keys in turn (values, then the remainder of a top, then null). */
  groups: Array<AgendaItemAggregateGroup>;
  /** Towns asked for that the index cannot answer for (never harvested): not counted (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** INDEX: computed by the regional index; LIVE: counted by the one town asked, during this request. */
  source: DataSource;
  /** The deployment's minimum count (GATEWAY_AGGREGATE_MIN_COUNT): groups holding fewer entries are suppressed (count and measures null, suppressed true); null when nothing is suppressed. */
  suppressedBelow?: Maybe<Scalars['Int']['output']>;
  /** How many entries match, in all (an entry in several groups of a list of codes counts once here); null when fewer than suppressedBelow (from 1 to suppressedBelow - 1), as a group's count. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A group of AgendaItem entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type AgendaItemAggregateGroup = {
  __typename?: 'AgendaItemAggregateGroup';
  /** The average of a number field; null when no entry has one, or the group is suppressed. */
  avg?: Maybe<Scalars['Float']['output']>;
  /** How many entries the group holds; null when the group is suppressed (see suppressed). */
  count?: Maybe<Scalars['Int']['output']>;
  /** When the group is suppressed: the count it is below (it holds from 1 to countBelow - 1 entries), for a "< countBelow" in its place; null otherwise. */
  countBelow?: Maybe<Scalars['Int']['output']>;
  /** How many distinct values of a field the group's entries hold (missing values not counted); null when the group is suppressed. */
  countDistinct?: Maybe<Scalars['Int']['output']>;
  /** The time from one date field to another, over the entries having both (e.g. from request to closure): its median, average or a percentile; null when no entry has both, or the group is suppressed. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** What the group stands for: one key per groupBy, in its order. */
  keys: Array<AggregateKey>;
  /** The largest value of a number field; null when no entry has one, or the group is suppressed. */
  max?: Maybe<Scalars['Float']['output']>;
  /** The median of a number field (interpolated); null when no entry has one, or the group is suppressed. */
  median?: Maybe<Scalars['Float']['output']>;
  /** The smallest value of a number field; null when no entry has one, or the group is suppressed. */
  min?: Maybe<Scalars['Float']['output']>;
  /** A percentile of a number field (interpolated): p from 0 to 1, 0.9 for the 90th; null when no entry has one, or the group is suppressed. */
  percentile?: Maybe<Scalars['Float']['output']>;
  /** The sum of a number field; null when no entry has one, or the group is suppressed. */
  sum?: Maybe<Scalars['Float']['output']>;
  /** True when the group holds fewer entries than the deployment publishes (the answer's suppressedBelow): its count and every measure are withheld (null); its keys stay. */
  suppressed: Scalars['Boolean']['output'];
};


/** A group of AgendaItem entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type AgendaItemAggregateGroupAvgArgs = {
  field: AgendaItemNumberField;
};


/** A group of AgendaItem entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type AgendaItemAggregateGroupCountDistinctArgs = {
  field: AgendaItemDistinctField;
};


/** A group of AgendaItem entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type AgendaItemAggregateGroupDurationArgs = {
  from: AgendaItemDateField;
  p?: InputMaybe<Scalars['Float']['input']>;
  statistic?: InputMaybe<DurationStatistic>;
  to: AgendaItemDateField;
  unit?: InputMaybe<DurationUnit>;
};


/** A group of AgendaItem entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type AgendaItemAggregateGroupMaxArgs = {
  field: AgendaItemNumberField;
};


/** A group of AgendaItem entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type AgendaItemAggregateGroupMedianArgs = {
  field: AgendaItemNumberField;
};


/** A group of AgendaItem entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type AgendaItemAggregateGroupMinArgs = {
  field: AgendaItemNumberField;
};


/** A group of AgendaItem entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type AgendaItemAggregateGroupPercentileArgs = {
  field: AgendaItemNumberField;
  p: Scalars['Float']['input'];
};


/** A group of AgendaItem entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type AgendaItemAggregateGroupSumArgs = {
  field: AgendaItemNumberField;
};

/** A page of AgendaItem entries (Relay connection). */
export type AgendaItemConnection = {
  __typename?: 'AgendaItemConnection';
  /** True when every town asked answered, so that totalCount and the page cover them all; false when missingTowns is not empty (a failing town adds nothing to totalCount); from the index, false too when a town asked was never harvested or its last harvest failed. */
  complete: Scalars['Boolean']['output'];
  /** The page's entries, each with its cursor. */
  edges: Array<AgendaItemEdge>;
  /** How current the page is. */
  freshness: Freshness;
  /** Towns asked for whose data is missing from this page (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** The page's entries. */
  nodes: Array<AgendaItem>;
  /** Where the page stands in the list. */
  pageInfo: PageInfo;
  /** Where the page comes from: the towns, asked now (one town, or the gateway has no index), or the regional index (a region). */
  source: DataSource;
  /** Entries matching the filters, over every town asked. */
  totalCount: Scalars['Int']['output'];
};

/** The date and time fields of AgendaItem entries: periods to group by, and durations. */
export type AgendaItemDateField =
  /** When the entry was created. */
  | 'createdAt'
  /** Discussion ended. */
  | 'end'
  /** When the entry was published. */
  | 'publishedAt'
  /** Discussion started. */
  | 'start'
  /** When the entry was last changed. */
  | 'updatedAt';

/** The fields of AgendaItem entries whose distinct values can be counted. */
export type AgendaItemDistinctField =
  /** The decision paper adopted on this item. */
  | 'decision'
  /** Discussion ended. */
  | 'end'
  /** Meeting. */
  | 'meeting'
  /** Title. */
  | 'name'
  /** As printed on the agenda, e.g. "10.1". */
  | 'number'
  /** Position on the agenda, from 0. */
  | 'order'
  /** False for an item heard in closed session. */
  | 'public'
  /** Outcome. */
  | 'result'
  /** Discussion started. */
  | 'start';

/** A AgendaItem in a page, with its cursor (Relay edge). */
export type AgendaItemEdge = {
  __typename?: 'AgendaItemEdge';
  /** Resumes the list after this entry: pass it as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AgendaItem;
};

/** Filters on AgendaItem, with Strapi's operators. */
export type AgendaItemFiltersInput = {
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<InputMaybe<AgendaItemFiltersInput>>>;
  /** Conditions on when the entry was created. */
  createdAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on the Paper entries of decision. Never matches an entry whose public is false. */
  decision?: InputMaybe<PaperFiltersInput>;
  /** Conditions on the documentId. */
  documentId?: InputMaybe<IdFilterInput>;
  /** Conditions on end. Never matches an entry whose public is false. */
  end?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on the Meeting entries of meeting. */
  meeting?: InputMaybe<MeetingFiltersInput>;
  /** Conditions on name. */
  name?: InputMaybe<StringFilterInput>;
  /** This filter does not match. */
  not?: InputMaybe<AgendaItemFiltersInput>;
  /** Conditions on number. */
  number?: InputMaybe<StringFilterInput>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<InputMaybe<AgendaItemFiltersInput>>>;
  /** Conditions on order. */
  order?: InputMaybe<IntFilterInput>;
  /** Conditions on the Paper entries of papers. Never matches an entry whose public is false. */
  papers?: InputMaybe<PaperFiltersInput>;
  /** Conditions on public. */
  public?: InputMaybe<BooleanFilterInput>;
  /** Conditions on when the entry was last published. */
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on result. Never matches an entry whose public is false. */
  result?: InputMaybe<AgendaItemResultFilterInput>;
  /** Conditions on start. Never matches an entry whose public is false. */
  start?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on when the entry was last changed. */
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

/** One way to group AgendaItem entries: exactly one of field, date (with its bucket) or townGroup. */
export type AgendaItemGroupBy = {
  /** The period of a date group: MONTH when not given. */
  bucket?: InputMaybe<TimeBucket>;
  /** A date field: the groups are periods of it, in Brussels time (entries without one, or with a value that is not a date, make the group whose value is null). */
  date?: InputMaybe<AgendaItemDateField>;
  /** A field whose values make the groups. */
  field?: InputMaybe<AgendaItemGroupField>;
  /** A kind of the towns' groups, e.g. "province": the groups are its codes (a town outside any: null). */
  townGroup?: InputMaybe<Scalars['String']['input']>;
};

/** What AgendaItem entries can be grouped by: town, a vocabulary (its code; a list of codes: each code it holds, so an entry may count in several groups), a yes/no, a link to one entry (its documentId). */
export type AgendaItemGroupField =
  /** The decision paper adopted on this item. */
  | 'decision'
  /** Kind of document, of the linked decision. */
  | 'decision_paperType'
  /** Meeting. */
  | 'meeting'
  /** Cancelled, of the linked meeting. */
  | 'meeting_cancelled'
  /** Stage, of the linked meeting. */
  | 'meeting_meetingState'
  /** Kind of meeting, of the linked meeting. */
  | 'meeting_meetingType'
  /** False for an item heard in closed session. */
  | 'public'
  /** Outcome. */
  | 'result'
  /** The town the entry comes from. */
  | 'town';

/** The number fields of AgendaItem entries. */
export type AgendaItemNumberField =
  /** Position on the agenda, from 0. */
  | 'order';

/** One term of the order of a list of AgendaItem; ties are broken by documentId. */
export type AgendaItemOrder = {
  /** ASC (the default) or DESC. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: AgendaItemOrderField;
};

/** Fields a list of AgendaItem can be ordered by. */
export type AgendaItemOrderField =
  /** By createdAt. */
  | 'createdAt'
  /** By name. */
  | 'name'
  /** By number. */
  | 'number'
  /** By order. */
  | 'order'
  /** By public. */
  | 'public'
  /** By publishedAt. */
  | 'publishedAt'
  /** By updatedAt. */
  | 'updatedAt';

/** What the body decided on an item. */
export type AgendaItemResult =
  /** Accepted */
  | 'accepted'
  /** Accepted with changes */
  | 'acceptedModified'
  /** Delayed */
  | 'delayed'
  /** For information */
  | 'informationOnly'
  /** Postponed */
  | 'postponed'
  /** Refused */
  | 'refused'
  /** Transferred */
  | 'transferred'
  /** Withdrawn */
  | 'withdrawn';

/** Conditions on a AgendaItemResult code. */
export type AgendaItemResultFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<AgendaItemResult>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<AgendaItemResult>>;
  /** Is not this code. */
  ne?: InputMaybe<AgendaItemResult>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<AgendaItemResult>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One value a group stands for. */
export type AggregateKey = {
  __typename?: 'AggregateKey';
  /** What was grouped by: "town", a field's name, "townGroup:province", or a date field and its bucket ("requestedAt:MONTH"). */
  dimension: Scalars['String']['output'];
  /** The value for people: a vocabulary's label, a town's name, "yes"/"no"; otherwise the value. In the language asked (fr, nl, de or en; else English). */
  label?: Maybe<Scalars['String']['output']>;
  /** True for the group of the values a top left out. */
  other: Scalars['Boolean']['output'];
  /** A code, a town's code, "true" or "false", a documentId, a period ("2026-03", "2026-Q1", "2026-W14", "2026-03-31", "2026"); null for entries without one, and for the values a top left out. */
  value?: Maybe<Scalars['String']['output']>;
};


/** One value a group stands for. */
export type AggregateKeyLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** Which values of one groupBy to keep. */
export type AggregateTop = {
  /** The groupBy's position, 0 for the first. */
  groupBy?: Scalars['Int']['input'];
  /** How many values to keep (1 to 100), those most entries have. */
  n: Scalars['Int']['input'];
};

/** An urgent notice shown across the town's sites for a period: road closures, storms, water cuts. */
export type Alert = Node & {
  __typename?: 'Alert';
  /** When the entry was created in its town. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The entry's documentId in its town's Strapi. */
  documentId: Scalars['ID']['output'];
  /** The alert's end (an instant). */
  end?: Maybe<Scalars['DateTime']['output']>;
  /** Globally unique and stable: encodes the town, the kind, the documentId and, for a localized kind, the locale the entry was read in. Fetch it again with node(id). */
  id: Scalars['ID']['output'];
  /** The alert's link (a Link). */
  link?: Maybe<Link>;
  /** The locale the localized fields were taken from (after fallback). */
  locale?: Maybe<Scalars['String']['output']>;
  /** The alert's message. */
  message: Scalars['String']['output'];
  /** When the entry was last published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The alert's severity (a AlertSeverity code). */
  severity: AlertSeverity;
  /** The label of severity's code; null when it has none. */
  severityLabel?: Maybe<Scalars['String']['output']>;
  /** The alert's start (an instant). */
  start: Scalars['DateTime']['output'];
  /** The alert's title. */
  title: Scalars['String']['output'];
  /** The town this entry comes from. */
  town: Town;
  /** When the entry was last changed in its town. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** An urgent notice shown across the town's sites for a period: road closures, storms, water cuts. */
export type AlertSeverityLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** Alert entries grouped and measured across towns, from the regional index (or counted live by one town: see source). */
export type AlertAggregate = {
  __typename?: 'AlertAggregate';
  /** True when every town asked is in the index and its last harvest succeeded. */
  complete: Scalars['Boolean']['output'];
  /** How current the figures are: each town's last harvest. */
  freshness: Freshness;
  /** The groups, sorted by their keys in turn (values, then the remainder of a top, then null). */
  groups: Array<AlertAggregateGroup>;
  /** Towns asked for that the index cannot answer for (never harvested): not counted (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** INDEX: computed by the regional index; LIVE: counted by the one town asked, during this request. */
  source: DataSource;
  /** The deployment's minimum count (GATEWAY_AGGREGATE_MIN_COUNT): groups holding fewer entries are suppressed (count and measures null, suppressed true); null when nothing is suppressed. */
  suppressedBelow?: Maybe<Scalars['Int']['output']>;
  /** How many entries match, in all (an entry in several groups of a list of codes counts once here); null when fewer than suppressedBelow (from 1 to suppressedBelow - 1), as a group's count. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A group of Alert entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type AlertAggregateGroup = {
  __typename?: 'AlertAggregateGroup';
  /** How many entries the group holds; null when the group is suppressed (see suppressed). */
  count?: Maybe<Scalars['Int']['output']>;
  /** When the group is suppressed: the count it is below (it holds from 1 to countBelow - 1 entries), for a "< countBelow" in its place; null otherwise. */
  countBelow?: Maybe<Scalars['Int']['output']>;
  /** How many distinct values of a field the group's entries hold (missing values not counted); null when the group is suppressed. */
  countDistinct?: Maybe<Scalars['Int']['output']>;
  /** The time from one date field to another, over the entries having both (e.g. from request to closure): its median, average or a percentile; null when no entry has both, or the group is suppressed. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** What the group stands for: one key per groupBy, in its order. */
  keys: Array<AggregateKey>;
  /** True when the group holds fewer entries than the deployment publishes (the answer's suppressedBelow): its count and every measure are withheld (null); its keys stay. */
  suppressed: Scalars['Boolean']['output'];
};


/** A group of Alert entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type AlertAggregateGroupCountDistinctArgs = {
  field: AlertDistinctField;
};


/** A group of Alert entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type AlertAggregateGroupDurationArgs = {
  from: AlertDateField;
  p?: InputMaybe<Scalars['Float']['input']>;
  statistic?: InputMaybe<DurationStatistic>;
  to: AlertDateField;
  unit?: InputMaybe<DurationUnit>;
};

/** A page of Alert entries (Relay connection). */
export type AlertConnection = {
  __typename?: 'AlertConnection';
  /** True when every town asked answered, so that totalCount and the page cover them all; false when missingTowns is not empty (a failing town adds nothing to totalCount); from the index, false too when a town asked was never harvested or its last harvest failed. */
  complete: Scalars['Boolean']['output'];
  /** The page's entries, each with its cursor. */
  edges: Array<AlertEdge>;
  /** How current the page is. */
  freshness: Freshness;
  /** Towns asked for whose data is missing from this page (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** The page's entries. */
  nodes: Array<Alert>;
  /** Where the page stands in the list. */
  pageInfo: PageInfo;
  /** Where the page comes from: the towns, asked now (one town, or the gateway has no index), or the regional index (a region). */
  source: DataSource;
  /** Entries matching the filters, over every town asked. */
  totalCount: Scalars['Int']['output'];
};

/** The date and time fields of Alert entries: periods to group by, and durations. */
export type AlertDateField =
  /** When the entry was created. */
  | 'createdAt'
  /** Shown until. */
  | 'end'
  /** When the entry was published. */
  | 'publishedAt'
  /** Shown from. */
  | 'start'
  /** When the entry was last changed. */
  | 'updatedAt';

/** The fields of Alert entries whose distinct values can be counted. */
export type AlertDistinctField =
  /** Shown until. */
  | 'end'
  /** Severity. */
  | 'severity'
  /** Shown from. */
  | 'start'
  /** Title. */
  | 'title';

/** A Alert in a page, with its cursor (Relay edge). */
export type AlertEdge = {
  __typename?: 'AlertEdge';
  /** Resumes the list after this entry: pass it as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: Alert;
};

/** Filters on Alert, with Strapi's operators. */
export type AlertFiltersInput = {
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<InputMaybe<AlertFiltersInput>>>;
  /** Conditions on when the entry was created. */
  createdAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on the documentId. */
  documentId?: InputMaybe<IdFilterInput>;
  /** Conditions on end. */
  end?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on message. */
  message?: InputMaybe<StringFilterInput>;
  /** This filter does not match. */
  not?: InputMaybe<AlertFiltersInput>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<InputMaybe<AlertFiltersInput>>>;
  /** Conditions on when the entry was last published. */
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on severity. */
  severity?: InputMaybe<AlertSeverityFilterInput>;
  /** Conditions on start. */
  start?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on title. */
  title?: InputMaybe<StringFilterInput>;
  /** Conditions on when the entry was last changed. */
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

/** One way to group Alert entries: exactly one of field, date (with its bucket) or townGroup. */
export type AlertGroupBy = {
  /** The period of a date group: MONTH when not given. */
  bucket?: InputMaybe<TimeBucket>;
  /** A date field: the groups are periods of it, in Brussels time (entries without one, or with a value that is not a date, make the group whose value is null). */
  date?: InputMaybe<AlertDateField>;
  /** A field whose values make the groups. */
  field?: InputMaybe<AlertGroupField>;
  /** A kind of the towns' groups, e.g. "province": the groups are its codes (a town outside any: null). */
  townGroup?: InputMaybe<Scalars['String']['input']>;
};

/** What Alert entries can be grouped by: town, a vocabulary (its code; a list of codes: each code it holds, so an entry may count in several groups), a yes/no, a link to one entry (its documentId). */
export type AlertGroupField =
  /** Severity. */
  | 'severity'
  /** The town the entry comes from. */
  | 'town';

/** One term of the order of a list of Alert; ties are broken by documentId. */
export type AlertOrder = {
  /** ASC (the default) or DESC. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: AlertOrderField;
};

/** Fields a list of Alert can be ordered by. */
export type AlertOrderField =
  /** By createdAt. */
  | 'createdAt'
  /** By end. */
  | 'end'
  /** By message. */
  | 'message'
  /** By publishedAt. */
  | 'publishedAt'
  /** By severity. */
  | 'severity'
  /** By start. */
  | 'start'
  /** By title. */
  | 'title'
  /** By updatedAt. */
  | 'updatedAt';

/** How urgent an alert is (LocalGov Drupal alert banner). */
export type AlertSeverity =
  /** Announcement */
  | 'announcement'
  /** Emergency */
  | 'emergency'
  /** Major disruption */
  | 'major'
  /** Minor disruption */
  | 'minor';

/** Conditions on a AlertSeverity code. */
export type AlertSeverityFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<AlertSeverity>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<AlertSeverity>>;
  /** Is not this code. */
  ne?: InputMaybe<AlertSeverity>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<AlertSeverity>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the authority decided. */
export type ApplicationDecision =
  /** Granted */
  | 'granted'
  /** Granted with conditions */
  | 'grantedWithConditions'
  /** Refused */
  | 'refused';

/** Conditions on a ApplicationDecision code. */
export type ApplicationDecisionFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<ApplicationDecision>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<ApplicationDecision>>;
  /** Is not this code. */
  ne?: InputMaybe<ApplicationDecision>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<ApplicationDecision>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Where a permit request stands. */
export type ApplicationStatus =
  /** Under appeal */
  | 'appealed'
  /** Decided */
  | 'decided'
  /** Public inquiry */
  | 'publicInquiry'
  /** Submitted */
  | 'submitted'
  /** Under review */
  | 'underReview'
  /** Withdrawn */
  | 'withdrawn';

/** Conditions on a ApplicationStatus code. */
export type ApplicationStatusFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<ApplicationStatus>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<ApplicationStatus>>;
  /** Is not this code. */
  ne?: InputMaybe<ApplicationStatus>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<ApplicationStatus>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The kind of permit asked for (Walloon law; towns extend it). */
export type ApplicationType =
  /** Building permit */
  | 'buildingPermit'
  /** Retail establishment permit */
  | 'commercialPermit'
  /** Environment declaration (class 3) */
  | 'environmentDeclaration'
  /** Environment permit, class 1 */
  | 'environmentPermitClass1'
  /** Environment permit, class 2 */
  | 'environmentPermitClass2'
  /** Other */
  | 'other'
  /** Single permit */
  | 'singlePermit'
  /** Subdivision permit */
  | 'subdivisionPermit'
  /** Planning certificate 1 */
  | 'urbanCertificate1'
  /** Planning certificate 2 */
  | 'urbanCertificate2';

/** Conditions on a ApplicationType code. */
export type ApplicationTypeFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<ApplicationType>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<ApplicationType>>;
  /** Is not this code. */
  ne?: InputMaybe<ApplicationType>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<ApplicationType>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Where people attend. */
export type AttendanceMode =
  /** In person and online */
  | 'mixed'
  /** In person */
  | 'offline'
  /** Online */
  | 'online';

/** Conditions on a AttendanceMode code. */
export type AttendanceModeFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<AttendanceMode>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<AttendanceMode>>;
  /** Is not this code. */
  ne?: InputMaybe<AttendanceMode>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<AttendanceMode>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Open311 attribute datatype. */
export type AttributeDatatype =
  /** Date and time */
  | 'datetime'
  /** Several choices */
  | 'multivaluelist'
  /** Number */
  | 'number'
  /** One choice */
  | 'singlevaluelist'
  /** Short text */
  | 'string'
  /** Long text */
  | 'text';

/** Who a service or an item is meant for. */
export type Audience =
  /** Person with a disability */
  | 'disabledPerson'
  /** Senior */
  | 'elder'
  /** Event planner */
  | 'eventPlanner'
  /** Job seeker */
  | 'jobSeeker'
  /** Journalist */
  | 'journalist'
  /** Merchant */
  | 'merchant'
  /** Newcomer */
  | 'newcomer'
  /** Parent */
  | 'parent'
  /** Tourist */
  | 'tourist'
  /** Young person */
  | 'youngPerson';

/** Conditions on a list of Audience codes. */
export type AudienceListFilterInput = {
  /** The list holds this code. */
  contains?: InputMaybe<Audience>;
  /** The list holds every one of these codes (at most 100). */
  containsAll?: InputMaybe<Array<Audience>>;
  /** The list holds at least one of these codes (at most 100). */
  containsAny?: InputMaybe<Array<Audience>>;
};

/** Strapi's operators on a Boolean value. */
export type BooleanFilterInput = {
  /** Not supported by the towns: use and on the filters, with one condition per item. */
  and?: InputMaybe<Array<InputMaybe<Scalars['Boolean']['input']>>>;
  /** From the first value to the second, both included: exactly two values. */
  between?: InputMaybe<Array<InputMaybe<Scalars['Boolean']['input']>>>;
  /** Contains. */
  contains?: InputMaybe<Scalars['Boolean']['input']>;
  /** Contains, ignoring case. */
  containsi?: InputMaybe<Scalars['Boolean']['input']>;
  /** Ends with. */
  endsWith?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to. */
  eq?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to, ignoring case. */
  eqi?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than (later than, for dates and times). */
  gt?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to one of these (at most 100). */
  in?: InputMaybe<Array<InputMaybe<Scalars['Boolean']['input']>>>;
  /** Less than (earlier than, for dates and times). */
  lt?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to, ignoring case. */
  nei?: InputMaybe<Scalars['Boolean']['input']>;
  /** These conditions do not hold. */
  not?: InputMaybe<BooleanFilterInput>;
  /** Does not contain. */
  notContains?: InputMaybe<Scalars['Boolean']['input']>;
  /** Does not contain, ignoring case. */
  notContainsi?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to none of these (at most 100). */
  notIn?: InputMaybe<Array<InputMaybe<Scalars['Boolean']['input']>>>;
  /** With true, has a value. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no value. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not supported by the towns: use or on the filters, with one condition per item. */
  or?: InputMaybe<Array<InputMaybe<Scalars['Boolean']['input']>>>;
  /** Starts with. */
  startsWith?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A parcel of the land registry, by its Belgian capakey. */
export type CadastralParcel = {
  __typename?: 'CadastralParcel';
  /** e.g. "52012A0123/00B000". */
  capakey: Scalars['String']['output'];
  /** The cadastral parcel's division. */
  division?: Maybe<Scalars['String']['output']>;
  /** Radical, bis, exponent and power as written. */
  number?: Maybe<Scalars['String']['output']>;
  /** The cadastral parcel's section. */
  section?: Maybe<Scalars['String']['output']>;
};

/** One way to use a service, with where to go. */
export type Channel = {
  __typename?: 'Channel';
  /** The channel's channel type (a ChannelType code). */
  channelType: ChannelType;
  /** The channel's description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The channel's URL (a web address). */
  url?: Maybe<Scalars['String']['output']>;
};

/** How a citizen uses a service. */
export type ChannelType =
  /** By e-mail */
  | 'email'
  /** In person */
  | 'inPerson'
  /** By post */
  | 'mail'
  /** Online */
  | 'online'
  /** By phone */
  | 'phone';

/** How to reach the people in charge. */
export type ContactPoint = {
  __typename?: 'ContactPoint';
  /** The contact point's email (an e-mail address). */
  email?: Maybe<Scalars['String']['output']>;
  /** When the contact point answers, in words. */
  hoursAvailable?: Maybe<Scalars['String']['output']>;
  /** The contact point's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The contact point's telephone. */
  telephone?: Maybe<Scalars['String']['output']>;
  /** The contact point's URL (a web address). */
  url?: Maybe<Scalars['String']['output']>;
};

/** A kind of content, by its GraphQL type name: what search's kinds takes. */
export type ContentKind =
  /** AgendaItem entries. */
  | 'AgendaItem'
  /** Alert entries. */
  | 'Alert'
  /** Event entries. */
  | 'Event'
  /** Meeting entries. */
  | 'Meeting'
  /** Membership entries. */
  | 'Membership'
  /** NewsItem entries. */
  | 'NewsItem'
  /** Organization entries. */
  | 'Organization'
  /** Paper entries. */
  | 'Paper'
  /** Person entries. */
  | 'Person'
  /** Place entries. */
  | 'Place'
  /** PlanningApplication entries. */
  | 'PlanningApplication'
  /** PublicService entries. */
  | 'PublicService'
  /** ServiceRequest entries. */
  | 'ServiceRequest'
  /** ServiceType entries. */
  | 'ServiceType';

/** What a service costs. */
export type Cost = {
  __typename?: 'Cost';
  /** The cost's amount (a number). */
  amount?: Maybe<Scalars['Float']['output']>;
  /** ISO 4217 code. */
  currency?: Maybe<Scalars['String']['output']>;
  /** The cost's description. */
  description?: Maybe<Scalars['String']['output']>;
};

/** Where a list's answer comes from. */
export type DataSource =
  /** The regional index, which the harvester keeps from the towns' change feeds: one read however many towns. */
  | 'INDEX'
  /** The towns, asked during this request. */
  | 'LIVE';

/** Strapi's operators on a Date value. */
export type DateFilterInput = {
  /** Not supported by the towns: use and on the filters, with one condition per item. */
  and?: InputMaybe<Array<InputMaybe<Scalars['Date']['input']>>>;
  /** From the first value to the second, both included: exactly two values. */
  between?: InputMaybe<Array<InputMaybe<Scalars['Date']['input']>>>;
  /** Contains. */
  contains?: InputMaybe<Scalars['Date']['input']>;
  /** Contains, ignoring case. */
  containsi?: InputMaybe<Scalars['Date']['input']>;
  /** Ends with. */
  endsWith?: InputMaybe<Scalars['Date']['input']>;
  /** Equal to. */
  eq?: InputMaybe<Scalars['Date']['input']>;
  /** Equal to, ignoring case. */
  eqi?: InputMaybe<Scalars['Date']['input']>;
  /** Greater than (later than, for dates and times). */
  gt?: InputMaybe<Scalars['Date']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Date']['input']>;
  /** Equal to one of these (at most 100). */
  in?: InputMaybe<Array<InputMaybe<Scalars['Date']['input']>>>;
  /** Less than (earlier than, for dates and times). */
  lt?: InputMaybe<Scalars['Date']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Date']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Scalars['Date']['input']>;
  /** Not equal to, ignoring case. */
  nei?: InputMaybe<Scalars['Date']['input']>;
  /** These conditions do not hold. */
  not?: InputMaybe<DateFilterInput>;
  /** Does not contain. */
  notContains?: InputMaybe<Scalars['Date']['input']>;
  /** Does not contain, ignoring case. */
  notContainsi?: InputMaybe<Scalars['Date']['input']>;
  /** Equal to none of these (at most 100). */
  notIn?: InputMaybe<Array<InputMaybe<Scalars['Date']['input']>>>;
  /** With true, has a value. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no value. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not supported by the towns: use or on the filters, with one condition per item. */
  or?: InputMaybe<Array<InputMaybe<Scalars['Date']['input']>>>;
  /** Starts with. */
  startsWith?: InputMaybe<Scalars['Date']['input']>;
};

/** Strapi's operators on a DateTime value. */
export type DateTimeFilterInput = {
  /** Not supported by the towns: use and on the filters, with one condition per item. */
  and?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** From the first value to the second, both included: exactly two values. */
  between?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** Contains. */
  contains?: InputMaybe<Scalars['DateTime']['input']>;
  /** Contains, ignoring case. */
  containsi?: InputMaybe<Scalars['DateTime']['input']>;
  /** Ends with. */
  endsWith?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to. */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to, ignoring case. */
  eqi?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than (later than, for dates and times). */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to one of these (at most 100). */
  in?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** Less than (earlier than, for dates and times). */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to, ignoring case. */
  nei?: InputMaybe<Scalars['DateTime']['input']>;
  /** These conditions do not hold. */
  not?: InputMaybe<DateTimeFilterInput>;
  /** Does not contain. */
  notContains?: InputMaybe<Scalars['DateTime']['input']>;
  /** Does not contain, ignoring case. */
  notContainsi?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to none of these (at most 100). */
  notIn?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** With true, has a value. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no value. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not supported by the towns: use or on the filters, with one condition per item. */
  or?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** Starts with. */
  startsWith?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A day of the week (schema.org DayOfWeek). */
export type DayOfWeek =
  /** Friday */
  | 'friday'
  /** Monday */
  | 'monday'
  /** Saturday */
  | 'saturday'
  /** Sunday */
  | 'sunday'
  /** Thursday */
  | 'thursday'
  /** Tuesday */
  | 'tuesday'
  /** Wednesday */
  | 'wednesday';

/** How a duration's values are summed up. */
export type DurationStatistic =
  /** The mean. */
  | 'AVERAGE'
  /** The middle value (interpolated). */
  | 'MEDIAN'
  /** The percentile p (interpolated). */
  | 'PERCENTILE';

/** The unit of a duration. */
export type DurationUnit =
  /** Days of 24 hours, with their fraction. */
  | 'DAYS'
  /** Hours, with their fraction. */
  | 'HOURS';

/** An e-mail address with what it is for. */
export type EmailAddress = {
  __typename?: 'EmailAddress';
  /** The email address's address (an e-mail address). */
  address: Scalars['String']['output'];
  /** The email address's label. */
  label?: Maybe<Scalars['String']['output']>;
};

/** Something happening in the town that the public can attend. */
export type Event = Node & {
  __typename?: 'Event';
  /** Access for people with reduced mobility, hearing loops, sign language. */
  accessibility?: Maybe<Scalars['String']['output']>;
  /** The event's all day (true or false). */
  allDay?: Maybe<Scalars['Boolean']['output']>;
  /** The event's attendance mode (a AttendanceMode code). */
  attendanceMode?: Maybe<AttendanceMode>;
  /** The label of attendanceMode's code; null when it has none. */
  attendanceModeLabel?: Maybe<Scalars['String']['output']>;
  /** The event's categories (EventCategory codes). */
  categories: Array<EventCategory>;
  /** The labels of categories's codes, in its order. */
  categoriesLabels: Array<Scalars['String']['output']>;
  /** The network's channels this entry is shared into: members subscribed to one list it too, marked as this member's. Published entries only, like every public read. */
  channels: Array<SharingChannel>;
  /** The labels of channels's codes, in its order. */
  channelsLabels: Array<Scalars['String']['output']>;
  /** When the entry was created in its town. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event's description (Markdown). */
  description?: Maybe<Scalars['String']['output']>;
  /** The entry's documentId in its town's Strapi. */
  documentId: Scalars['ID']['output'];
  /** Empty for an open-ended event. */
  end?: Maybe<Scalars['DateTime']['output']>;
  /** The event's event status (a EventStatus code). */
  eventStatus: EventStatus;
  /** The label of eventStatus's code; null when it has none. */
  eventStatusLabel?: Maybe<Scalars['String']['output']>;
  /** The event's geo (a WGS 84 position). */
  geo?: Maybe<GeoPoint>;
  /** Globally unique and stable: encodes the town, the kind, the documentId and, for a localized kind, the locale the entry was read in. Fetch it again with node(id). */
  id: Scalars['ID']['output'];
  /** The event's image (a file). */
  image?: Maybe<MediaFile>;
  /** The event's is accessible for free (true or false). */
  isAccessibleForFree?: Maybe<Scalars['Boolean']['output']>;
  /** The locale the localized fields were taken from (after fallback). */
  locale?: Maybe<Scalars['String']['output']>;
  /** The event's locality. */
  locality?: Maybe<Scalars['String']['output']>;
  /** The event's location name. */
  locationName?: Maybe<Scalars['String']['output']>;
  /** The event's name. */
  name: Scalars['String']['output'];
  /**
   * The times this event happens that overlap [from, to), by start: once when it has no
   * recurrence rule, else its start and what its RRULE generates (RFC 5545: COUNT counted from
   * the start), less its EXDATEs, in Brussels wall-clock time (a weekly 10:00 stays at 10:00 in
   * summer). An all-day event without an end covers its day. A range longer than 366 days, or
   * first above 1000, is a BAD_USER_INPUT error; a rule so absurd that expanding it would take
   * too long gives what was found and an OCCURRENCES_TRUNCATED error.
   */
  occurrences: Array<EventOccurrence>;
  /** The event's online URL (a web address). */
  onlineUrl?: Maybe<Scalars['String']['output']>;
  /** The event's organizer (a ContactPoint). */
  organizer?: Maybe<ContactPoint>;
  /** The event's postal code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** The full price in euros. */
  price?: Maybe<Scalars['Float']['output']>;
  /** The event's price description. */
  priceDescription?: Maybe<Scalars['String']['output']>;
  /** When the entry was last published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** RFC 5545 EXDATE instants: an array of ISO 8601 date-times. */
  recurrenceExceptions?: Maybe<Scalars['JSON']['output']>;
  /** An RFC 5545 RRULE, e.g. "FREQ=WEEKLY;BYDAY=SA". */
  recurrenceRule?: Maybe<Scalars['String']['output']>;
  /** The event's registration URL (a web address). */
  registrationUrl?: Maybe<Scalars['String']['output']>;
  /** Members of the network (their codes) this entry is shared with, one by one: each lists it too, marked as this member's, as do the members that follow their listing. Published entries only. */
  sharedWithMembers: Array<Scalars['String']['output']>;
  /** The event's start (an instant). */
  start: Scalars['DateTime']['output'];
  /** The event's street address. */
  streetAddress?: Maybe<Scalars['String']['output']>;
  /** The event's summary. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The event's topics (Topic codes). */
  topics: Array<Topic>;
  /** The labels of topics's codes, in its order. */
  topicsLabels: Array<Scalars['String']['output']>;
  /** The town this entry comes from. */
  town: Town;
  /** When the entry was last changed in its town. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event's wheelchair accessible (true or false). */
  wheelchairAccessible?: Maybe<Scalars['Boolean']['output']>;
};


/** Something happening in the town that the public can attend. */
export type EventAttendanceModeLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** Something happening in the town that the public can attend. */
export type EventCategoriesLabelsArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** Something happening in the town that the public can attend. */
export type EventChannelsLabelsArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** Something happening in the town that the public can attend. */
export type EventEventStatusLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** Something happening in the town that the public can attend. */
export type EventOccurrencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** Something happening in the town that the public can attend. */
export type EventTopicsLabelsArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** Event entries grouped and measured across towns, from the regional index (or counted live by one town: see source). */
export type EventAggregate = {
  __typename?: 'EventAggregate';
  /** True when every town asked is in the index and its last harvest succeeded. */
  complete: Scalars['Boolean']['output'];
  /** How current the figures are: each town's last harvest. */
  freshness: Freshness;
  /** The groups, sorted by their keys in turn (values, then the remainder of a top, then null). */
  groups: Array<EventAggregateGroup>;
  /** Towns asked for that the index cannot answer for (never harvested): not counted (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** INDEX: computed by the regional index; LIVE: counted by the one town asked, during this request. */
  source: DataSource;
  /** The deployment's minimum count (GATEWAY_AGGREGATE_MIN_COUNT): groups holding fewer entries are suppressed (count and measures null, suppressed true); null when nothing is suppressed. */
  suppressedBelow?: Maybe<Scalars['Int']['output']>;
  /** How many entries match, in all (an entry in several groups of a list of codes counts once here); null when fewer than suppressedBelow (from 1 to suppressedBelow - 1), as a group's count. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A group of Event entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type EventAggregateGroup = {
  __typename?: 'EventAggregateGroup';
  /** The average of a number field; null when no entry has one, or the group is suppressed. */
  avg?: Maybe<Scalars['Float']['output']>;
  /** How many entries the group holds; null when the group is suppressed (see suppressed). */
  count?: Maybe<Scalars['Int']['output']>;
  /** When the group is suppressed: the count it is below (it holds from 1 to countBelow - 1 entries), for a "< countBelow" in its place; null otherwise. */
  countBelow?: Maybe<Scalars['Int']['output']>;
  /** How many distinct values of a field the group's entries hold (missing values not counted); null when the group is suppressed. */
  countDistinct?: Maybe<Scalars['Int']['output']>;
  /** The time from one date field to another, over the entries having both (e.g. from request to closure): its median, average or a percentile; null when no entry has both, or the group is suppressed. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** What the group stands for: one key per groupBy, in its order. */
  keys: Array<AggregateKey>;
  /** The largest value of a number field; null when no entry has one, or the group is suppressed. */
  max?: Maybe<Scalars['Float']['output']>;
  /** The median of a number field (interpolated); null when no entry has one, or the group is suppressed. */
  median?: Maybe<Scalars['Float']['output']>;
  /** The smallest value of a number field; null when no entry has one, or the group is suppressed. */
  min?: Maybe<Scalars['Float']['output']>;
  /** A percentile of a number field (interpolated): p from 0 to 1, 0.9 for the 90th; null when no entry has one, or the group is suppressed. */
  percentile?: Maybe<Scalars['Float']['output']>;
  /** The sum of a number field; null when no entry has one, or the group is suppressed. */
  sum?: Maybe<Scalars['Float']['output']>;
  /** True when the group holds fewer entries than the deployment publishes (the answer's suppressedBelow): its count and every measure are withheld (null); its keys stay. */
  suppressed: Scalars['Boolean']['output'];
};


/** A group of Event entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type EventAggregateGroupAvgArgs = {
  field: EventNumberField;
};


/** A group of Event entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type EventAggregateGroupCountDistinctArgs = {
  field: EventDistinctField;
};


/** A group of Event entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type EventAggregateGroupDurationArgs = {
  from: EventDateField;
  p?: InputMaybe<Scalars['Float']['input']>;
  statistic?: InputMaybe<DurationStatistic>;
  to: EventDateField;
  unit?: InputMaybe<DurationUnit>;
};


/** A group of Event entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type EventAggregateGroupMaxArgs = {
  field: EventNumberField;
};


/** A group of Event entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type EventAggregateGroupMedianArgs = {
  field: EventNumberField;
};


/** A group of Event entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type EventAggregateGroupMinArgs = {
  field: EventNumberField;
};


/** A group of Event entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type EventAggregateGroupPercentileArgs = {
  field: EventNumberField;
  p: Scalars['Float']['input'];
};


/** A group of Event entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type EventAggregateGroupSumArgs = {
  field: EventNumberField;
};

/** The kind of event. */
export type EventCategory =
  /** Ceremony */
  | 'ceremony'
  /** For children */
  | 'childrenActivity'
  /** Cinema */
  | 'cinema'
  /** Concert */
  | 'concert'
  /** Talk or conference */
  | 'conference'
  /** Exhibition */
  | 'exhibition'
  /** Festival */
  | 'festival'
  /** Guided tour */
  | 'guidedTour'
  /** Market or fair */
  | 'market'
  /** Other */
  | 'other'
  /** Sport */
  | 'sport'
  /** Theatre */
  | 'theatre'
  /** Workshop */
  | 'workshop';

/** Conditions on a list of EventCategory codes. */
export type EventCategoryListFilterInput = {
  /** The list holds this code. */
  contains?: InputMaybe<EventCategory>;
  /** The list holds every one of these codes (at most 100). */
  containsAll?: InputMaybe<Array<EventCategory>>;
  /** The list holds at least one of these codes (at most 100). */
  containsAny?: InputMaybe<Array<EventCategory>>;
};

/** A page of Event entries (Relay connection). */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** True when every town asked answered, so that totalCount and the page cover them all; false when missingTowns is not empty (a failing town adds nothing to totalCount); from the index, false too when a town asked was never harvested or its last harvest failed. */
  complete: Scalars['Boolean']['output'];
  /** The page's entries, each with its cursor. */
  edges: Array<EventEdge>;
  /** How current the page is. */
  freshness: Freshness;
  /** Towns asked for whose data is missing from this page (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** The page's entries. */
  nodes: Array<Event>;
  /** Where the page stands in the list. */
  pageInfo: PageInfo;
  /** Where the page comes from: the towns, asked now (one town, or the gateway has no index), or the regional index (a region). */
  source: DataSource;
  /** Entries matching the filters, over every town asked. */
  totalCount: Scalars['Int']['output'];
};

/** The date and time fields of Event entries: periods to group by, and durations. */
export type EventDateField =
  /** When the entry was created. */
  | 'createdAt'
  /** Empty for an open-ended event. */
  | 'end'
  /** When the entry was published. */
  | 'publishedAt'
  /** Start. */
  | 'start'
  /** When the entry was last changed. */
  | 'updatedAt';

/** The fields of Event entries whose distinct values can be counted. */
export type EventDistinctField =
  /** All day. */
  | 'allDay'
  /** How to attend. */
  | 'attendanceMode'
  /** Empty for an open-ended event. */
  | 'end'
  /** Status. */
  | 'eventStatus'
  /** Free of charge. */
  | 'isAccessibleForFree'
  /** Town or village. */
  | 'locality'
  /** Venue. */
  | 'locationName'
  /** Title. */
  | 'name'
  /** Postcode. */
  | 'postalCode'
  /** The full price in euros. */
  | 'price'
  /** Prices. */
  | 'priceDescription'
  /** An RFC 5545 RRULE, e.g. "FREQ=WEEKLY;BYDAY=SA". */
  | 'recurrenceRule'
  /** Start. */
  | 'start'
  /** Street and number. */
  | 'streetAddress'
  /** Wheelchair accessible. */
  | 'wheelchairAccessible';

/** A Event in a page, with its cursor (Relay edge). */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Resumes the list after this entry: pass it as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: Event;
};

/** Filters on Event, with Strapi's operators. */
export type EventFiltersInput = {
  /** Conditions on accessibility. */
  accessibility?: InputMaybe<StringFilterInput>;
  /** Conditions on allDay. */
  allDay?: InputMaybe<BooleanFilterInput>;
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<InputMaybe<EventFiltersInput>>>;
  /** Conditions on attendanceMode. */
  attendanceMode?: InputMaybe<AttendanceModeFilterInput>;
  /** Conditions on categories. */
  categories?: InputMaybe<EventCategoryListFilterInput>;
  /** Conditions on channels. */
  channels?: InputMaybe<SharingChannelListFilterInput>;
  /** Conditions on when the entry was created. */
  createdAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on the documentId. */
  documentId?: InputMaybe<IdFilterInput>;
  /** Conditions on end. */
  end?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on eventStatus. */
  eventStatus?: InputMaybe<EventStatusFilterInput>;
  /** Conditions on geo. */
  geo?: InputMaybe<GeoPointFilterInput>;
  /** Conditions on isAccessibleForFree. */
  isAccessibleForFree?: InputMaybe<BooleanFilterInput>;
  /** Conditions on locality. */
  locality?: InputMaybe<StringFilterInput>;
  /** Conditions on locationName. */
  locationName?: InputMaybe<StringFilterInput>;
  /** Conditions on name. */
  name?: InputMaybe<StringFilterInput>;
  /** This filter does not match. */
  not?: InputMaybe<EventFiltersInput>;
  /** Conditions on onlineUrl. */
  onlineUrl?: InputMaybe<StringFilterInput>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<InputMaybe<EventFiltersInput>>>;
  /** Conditions on postalCode. */
  postalCode?: InputMaybe<StringFilterInput>;
  /** Conditions on price. */
  price?: InputMaybe<FloatFilterInput>;
  /** Conditions on priceDescription. */
  priceDescription?: InputMaybe<StringFilterInput>;
  /** Conditions on when the entry was last published. */
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on recurrenceRule. */
  recurrenceRule?: InputMaybe<StringFilterInput>;
  /** Conditions on registrationUrl. */
  registrationUrl?: InputMaybe<StringFilterInput>;
  /** Conditions on sharedWithMembers. */
  sharedWithMembers?: InputMaybe<MemberListFilterInput>;
  /** Conditions on start. */
  start?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on streetAddress. */
  streetAddress?: InputMaybe<StringFilterInput>;
  /** Conditions on summary. */
  summary?: InputMaybe<StringFilterInput>;
  /** Conditions on topics. */
  topics?: InputMaybe<TopicListFilterInput>;
  /** Conditions on when the entry was last changed. */
  updatedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on wheelchairAccessible. */
  wheelchairAccessible?: InputMaybe<BooleanFilterInput>;
};

/** One way to group Event entries: exactly one of field, date (with its bucket) or townGroup. */
export type EventGroupBy = {
  /** The period of a date group: MONTH when not given. */
  bucket?: InputMaybe<TimeBucket>;
  /** A date field: the groups are periods of it, in Brussels time (entries without one, or with a value that is not a date, make the group whose value is null). */
  date?: InputMaybe<EventDateField>;
  /** A field whose values make the groups. */
  field?: InputMaybe<EventGroupField>;
  /** A kind of the towns' groups, e.g. "province": the groups are its codes (a town outside any: null). */
  townGroup?: InputMaybe<Scalars['String']['input']>;
};

/** What Event entries can be grouped by: town, a vocabulary (its code; a list of codes: each code it holds, so an entry may count in several groups), a yes/no, a link to one entry (its documentId). */
export type EventGroupField =
  /** All day. */
  | 'allDay'
  /** How to attend. */
  | 'attendanceMode'
  /** Categories. */
  | 'categories'
  /** The network's channels this entry is shared into: members subscribed to one list it too, marked as this member's. Published entries only, like every public read. */
  | 'channels'
  /** Status. */
  | 'eventStatus'
  /** Free of charge. */
  | 'isAccessibleForFree'
  /** Topics. */
  | 'topics'
  /** The town the entry comes from. */
  | 'town'
  /** Wheelchair accessible. */
  | 'wheelchairAccessible';

/** The number fields of Event entries. */
export type EventNumberField =
  /** The full price in euros. */
  | 'price';

/** One time an event happens. */
export type EventOccurrence = {
  __typename?: 'EventOccurrence';
  /** When it ends: as long after its start as the event lasts, in Brussels wall-clock time; null when the event has no end. */
  end?: Maybe<Scalars['DateTime']['output']>;
  /** When this occurrence starts. */
  start: Scalars['DateTime']['output'];
};

/** One term of the order of a list of Event; ties are broken by documentId. */
export type EventOrder = {
  /** ASC (the default) or DESC. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: EventOrderField;
};

/** Fields a list of Event can be ordered by. */
export type EventOrderField =
  /** By accessibility. */
  | 'accessibility'
  /** By allDay. */
  | 'allDay'
  /** By attendanceMode. */
  | 'attendanceMode'
  /** By createdAt. */
  | 'createdAt'
  /** By end. */
  | 'end'
  /** By eventStatus. */
  | 'eventStatus'
  /** By isAccessibleForFree. */
  | 'isAccessibleForFree'
  /** By locality. */
  | 'locality'
  /** By locationName. */
  | 'locationName'
  /** By name. */
  | 'name'
  /** By onlineUrl. */
  | 'onlineUrl'
  /** By postalCode. */
  | 'postalCode'
  /** By price. */
  | 'price'
  /** By priceDescription. */
  | 'priceDescription'
  /** By publishedAt. */
  | 'publishedAt'
  /** By recurrenceRule. */
  | 'recurrenceRule'
  /** By registrationUrl. */
  | 'registrationUrl'
  /** By start. */
  | 'start'
  /** By streetAddress. */
  | 'streetAddress'
  /** By summary. */
  | 'summary'
  /** By updatedAt. */
  | 'updatedAt'
  /** By wheelchairAccessible. */
  | 'wheelchairAccessible';

/** Whether an event goes ahead. */
export type EventStatus =
  /** Cancelled */
  | 'cancelled'
  /** Moved online */
  | 'movedOnline'
  /** Postponed */
  | 'postponed'
  /** Rescheduled */
  | 'rescheduled'
  /** Scheduled */
  | 'scheduled';

/** Conditions on a EventStatus code. */
export type EventStatusFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<EventStatus>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<EventStatus>>;
  /** Is not this code. */
  ne?: InputMaybe<EventStatus>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<EventStatus>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Strapi's operators on a Float value. */
export type FloatFilterInput = {
  /** Not supported by the towns: use and on the filters, with one condition per item. */
  and?: InputMaybe<Array<InputMaybe<Scalars['Float']['input']>>>;
  /** From the first value to the second, both included: exactly two values. */
  between?: InputMaybe<Array<InputMaybe<Scalars['Float']['input']>>>;
  /** Contains. */
  contains?: InputMaybe<Scalars['Float']['input']>;
  /** Contains, ignoring case. */
  containsi?: InputMaybe<Scalars['Float']['input']>;
  /** Ends with. */
  endsWith?: InputMaybe<Scalars['Float']['input']>;
  /** Equal to. */
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Equal to, ignoring case. */
  eqi?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than (later than, for dates and times). */
  gt?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Float']['input']>;
  /** Equal to one of these (at most 100). */
  in?: InputMaybe<Array<InputMaybe<Scalars['Float']['input']>>>;
  /** Less than (earlier than, for dates and times). */
  lt?: InputMaybe<Scalars['Float']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Float']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Scalars['Float']['input']>;
  /** Not equal to, ignoring case. */
  nei?: InputMaybe<Scalars['Float']['input']>;
  /** These conditions do not hold. */
  not?: InputMaybe<FloatFilterInput>;
  /** Does not contain. */
  notContains?: InputMaybe<Scalars['Float']['input']>;
  /** Does not contain, ignoring case. */
  notContainsi?: InputMaybe<Scalars['Float']['input']>;
  /** Equal to none of these (at most 100). */
  notIn?: InputMaybe<Array<InputMaybe<Scalars['Float']['input']>>>;
  /** With true, has a value. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no value. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not supported by the towns: use or on the filters, with one condition per item. */
  or?: InputMaybe<Array<InputMaybe<Scalars['Float']['input']>>>;
  /** Starts with. */
  startsWith?: InputMaybe<Scalars['Float']['input']>;
};

/** How current a list's answer is: for a live answer, now; for the regional index, as of each town's last harvest. */
export type Freshness = {
  __typename?: 'Freshness';
  /** Towns whose data in the index is behind their own (changes not harvested yet, or never harvested); always empty for a live answer. */
  behind: Array<Scalars['String']['output']>;
  /** Towns whose last read failed: missing from a live answer, possibly stale in the index's. */
  failing: Array<Scalars['String']['output']>;
  /** The oldest time at which a town's data in the answer was known current: the request's time for a live answer, the oldest last harvest for the index; null when a town asked was never harvested. */
  oldestSync?: Maybe<Scalars['DateTime']['output']>;
};

/** As the person states it (OParl gender). */
export type Gender =
  /** Female */
  | 'female'
  /** Male */
  | 'male'
  /** Other */
  | 'other';

/** Conditions on a Gender code. */
export type GenderFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<Gender>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<Gender>>;
  /** Is not this code. */
  ne?: InputMaybe<Gender>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<Gender>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A WGS 84 position. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Degrees north (negative: south), from -90 to 90. */
  latitude: Scalars['Float']['output'];
  /** Degrees east (negative: west), from -180 to 180. */
  longitude: Scalars['Float']['output'];
};

/** Conditions on a position, e.g. a bounding box. */
export type GeoPointFilterInput = {
  /** Conditions on the latitude. */
  latitude?: InputMaybe<FloatFilterInput>;
  /** Conditions on the longitude. */
  longitude?: InputMaybe<FloatFilterInput>;
};

/** How the regional index follows a town. */
export type HarvestSource =
  /** The town's change feed, read from where the index stopped. */
  | 'FEED'
  /** The town read whole at every round (it has no change feed). */
  | 'SWEEP';

/** Strapi's operators on a ID value. */
export type IdFilterInput = {
  /** Not supported by the towns: use and on the filters, with one condition per item. */
  and?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  /** From the first value to the second, both included: exactly two values. */
  between?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  /** Contains. */
  contains?: InputMaybe<Scalars['ID']['input']>;
  /** Contains, ignoring case. */
  containsi?: InputMaybe<Scalars['ID']['input']>;
  /** Ends with. */
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to, ignoring case. */
  eqi?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than (later than, for dates and times). */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to one of these (at most 100). */
  in?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  /** Less than (earlier than, for dates and times). */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, ignoring case. */
  nei?: InputMaybe<Scalars['ID']['input']>;
  /** These conditions do not hold. */
  not?: InputMaybe<IdFilterInput>;
  /** Does not contain. */
  notContains?: InputMaybe<Scalars['ID']['input']>;
  /** Does not contain, ignoring case. */
  notContainsi?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of these (at most 100). */
  notIn?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  /** With true, has a value. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no value. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not supported by the towns: use or on the filters, with one condition per item. */
  or?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  /** Starts with. */
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

/** Strapi's operators on a Int value. */
export type IntFilterInput = {
  /** Not supported by the towns: use and on the filters, with one condition per item. */
  and?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  /** From the first value to the second, both included: exactly two values. */
  between?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  /** Contains. */
  contains?: InputMaybe<Scalars['Int']['input']>;
  /** Contains, ignoring case. */
  containsi?: InputMaybe<Scalars['Int']['input']>;
  /** Ends with. */
  endsWith?: InputMaybe<Scalars['Int']['input']>;
  /** Equal to. */
  eq?: InputMaybe<Scalars['Int']['input']>;
  /** Equal to, ignoring case. */
  eqi?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than (later than, for dates and times). */
  gt?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Int']['input']>;
  /** Equal to one of these (at most 100). */
  in?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  /** Less than (earlier than, for dates and times). */
  lt?: InputMaybe<Scalars['Int']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Int']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Scalars['Int']['input']>;
  /** Not equal to, ignoring case. */
  nei?: InputMaybe<Scalars['Int']['input']>;
  /** These conditions do not hold. */
  not?: InputMaybe<IntFilterInput>;
  /** Does not contain. */
  notContains?: InputMaybe<Scalars['Int']['input']>;
  /** Does not contain, ignoring case. */
  notContainsi?: InputMaybe<Scalars['Int']['input']>;
  /** Equal to none of these (at most 100). */
  notIn?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  /** With true, has a value. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no value. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not supported by the towns: use or on the filters, with one condition per item. */
  or?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  /** Starts with. */
  startsWith?: InputMaybe<Scalars['Int']['input']>;
};

/** A moment of life a service belongs to. */
export type LifeEvent =
  /** Building or renovating */
  | 'building'
  /** Death of a relative */
  | 'death'
  /** Finding a job */
  | 'findingAJob'
  /** Having a child */
  | 'havingAChild'
  /** Marriage and partnership */
  | 'marriageAndPartnership'
  /** Moving house */
  | 'movingHouse'
  /** Owning a vehicle */
  | 'owningAVehicle'
  /** Retiring */
  | 'retiring'
  /** Starting a business */
  | 'startingABusiness'
  /** Travelling abroad */
  | 'travellingAbroad';

/** Conditions on a list of LifeEvent codes. */
export type LifeEventListFilterInput = {
  /** The list holds this code. */
  contains?: InputMaybe<LifeEvent>;
  /** The list holds every one of these codes (at most 100). */
  containsAll?: InputMaybe<Array<LifeEvent>>;
  /** The list holds at least one of these codes (at most 100). */
  containsAny?: InputMaybe<Array<LifeEvent>>;
};

/** A labelled web address. */
export type Link = {
  __typename?: 'Link';
  /** The link's label. */
  label: Scalars['String']['output'];
  /** The link's URL (a web address). */
  url: Scalars['String']['output'];
};

/** A file or image uploaded to a town's media library. */
export type MediaFile = {
  __typename?: 'MediaFile';
  /** A text alternative for an image, for readers who cannot see it. */
  alternativeText?: Maybe<Scalars['String']['output']>;
  /** A caption to show with it. */
  caption?: Maybe<Scalars['String']['output']>;
  /** An image's height, in pixels. */
  height?: Maybe<Scalars['Int']['output']>;
  /** Its media type, e.g. application/pdf. */
  mime?: Maybe<Scalars['String']['output']>;
  /** The file's name, as uploaded. */
  name?: Maybe<Scalars['String']['output']>;
  /** Size in kilobytes, as Strapi reports it. */
  size?: Maybe<Scalars['Float']['output']>;
  /** Where to download it: an absolute URL, at the town. */
  url: Scalars['String']['output'];
  /** An image's width, in pixels. */
  width?: Maybe<Scalars['Int']['output']>;
};

/** A sitting of the council, the college or a committee, with its agenda and files. */
export type Meeting = Node & {
  __typename?: 'Meeting';
  /** Inverse of agenda-item.meeting. */
  agendaItems: Array<AgendaItem>;
  /** The meeting's auxiliary files (files). */
  auxiliaryFiles: Array<MediaFile>;
  /** The meeting's cancelled (true or false). */
  cancelled?: Maybe<Scalars['Boolean']['output']>;
  /** When the entry was created in its town. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The entry's documentId in its town's Strapi. */
  documentId: Scalars['ID']['output'];
  /** The meeting's end (an instant). */
  end?: Maybe<Scalars['DateTime']['output']>;
  /** Globally unique and stable: encodes the town, the kind, the documentId and, for a localized kind, the locale the entry was read in. Fetch it again with node(id). */
  id: Scalars['ID']['output'];
  /** The meeting's invitation (a file). */
  invitation?: Maybe<MediaFile>;
  /** The meeting's livestream URL (a web address). */
  livestreamUrl?: Maybe<Scalars['String']['output']>;
  /** The locale the localized fields were taken from (after fallback). */
  locale?: Maybe<Scalars['String']['output']>;
  /** The meeting's locality. */
  locality?: Maybe<Scalars['String']['output']>;
  /** The room or building, e.g. "Council chamber, town hall". */
  locationName?: Maybe<Scalars['String']['output']>;
  /** The meeting's meeting state (a MeetingState code). */
  meetingState: MeetingState;
  /** The label of meetingState's code; null when it has none. */
  meetingStateLabel?: Maybe<Scalars['String']['output']>;
  /** The meeting's meeting type (a MeetingType code). */
  meetingType: MeetingType;
  /** The label of meetingType's code; null when it has none. */
  meetingTypeLabel?: Maybe<Scalars['String']['output']>;
  /** The meeting's name. */
  name: Scalars['String']['output'];
  /** The meeting's organizations (Organization entries). */
  organizations: Array<Organization>;
  /** The meeting's postal code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** When the entry was last published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The minutes. */
  resultsProtocol?: Maybe<MediaFile>;
  /** The meeting's start (an instant). */
  start: Scalars['DateTime']['output'];
  /** The meeting's street address. */
  streetAddress?: Maybe<Scalars['String']['output']>;
  /** The town this entry comes from. */
  town: Town;
  /** When the entry was last changed in its town. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A sitting of the council, the college or a committee, with its agenda and files. */
export type MeetingMeetingStateLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A sitting of the council, the college or a committee, with its agenda and files. */
export type MeetingMeetingTypeLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** Meeting entries grouped and measured across towns, from the regional index (or counted live by one town: see source). */
export type MeetingAggregate = {
  __typename?: 'MeetingAggregate';
  /** True when every town asked is in the index and its last harvest succeeded. */
  complete: Scalars['Boolean']['output'];
  /** How current the figures are: each town's last harvest. */
  freshness: Freshness;
  /** The groups, sorted by their keys in turn (values, then the remainder of a top, then null). */
  groups: Array<MeetingAggregateGroup>;
  /** Towns asked for that the index cannot answer for (never harvested): not counted (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** INDEX: computed by the regional index; LIVE: counted by the one town asked, during this request. */
  source: DataSource;
  /** The deployment's minimum count (GATEWAY_AGGREGATE_MIN_COUNT): groups holding fewer entries are suppressed (count and measures null, suppressed true); null when nothing is suppressed. */
  suppressedBelow?: Maybe<Scalars['Int']['output']>;
  /** How many entries match, in all (an entry in several groups of a list of codes counts once here); null when fewer than suppressedBelow (from 1 to suppressedBelow - 1), as a group's count. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A group of Meeting entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type MeetingAggregateGroup = {
  __typename?: 'MeetingAggregateGroup';
  /** How many entries the group holds; null when the group is suppressed (see suppressed). */
  count?: Maybe<Scalars['Int']['output']>;
  /** When the group is suppressed: the count it is below (it holds from 1 to countBelow - 1 entries), for a "< countBelow" in its place; null otherwise. */
  countBelow?: Maybe<Scalars['Int']['output']>;
  /** How many distinct values of a field the group's entries hold (missing values not counted); null when the group is suppressed. */
  countDistinct?: Maybe<Scalars['Int']['output']>;
  /** The time from one date field to another, over the entries having both (e.g. from request to closure): its median, average or a percentile; null when no entry has both, or the group is suppressed. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** What the group stands for: one key per groupBy, in its order. */
  keys: Array<AggregateKey>;
  /** True when the group holds fewer entries than the deployment publishes (the answer's suppressedBelow): its count and every measure are withheld (null); its keys stay. */
  suppressed: Scalars['Boolean']['output'];
};


/** A group of Meeting entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type MeetingAggregateGroupCountDistinctArgs = {
  field: MeetingDistinctField;
};


/** A group of Meeting entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type MeetingAggregateGroupDurationArgs = {
  from: MeetingDateField;
  p?: InputMaybe<Scalars['Float']['input']>;
  statistic?: InputMaybe<DurationStatistic>;
  to: MeetingDateField;
  unit?: InputMaybe<DurationUnit>;
};

/** A page of Meeting entries (Relay connection). */
export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  /** True when every town asked answered, so that totalCount and the page cover them all; false when missingTowns is not empty (a failing town adds nothing to totalCount); from the index, false too when a town asked was never harvested or its last harvest failed. */
  complete: Scalars['Boolean']['output'];
  /** The page's entries, each with its cursor. */
  edges: Array<MeetingEdge>;
  /** How current the page is. */
  freshness: Freshness;
  /** Towns asked for whose data is missing from this page (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** The page's entries. */
  nodes: Array<Meeting>;
  /** Where the page stands in the list. */
  pageInfo: PageInfo;
  /** Where the page comes from: the towns, asked now (one town, or the gateway has no index), or the regional index (a region). */
  source: DataSource;
  /** Entries matching the filters, over every town asked. */
  totalCount: Scalars['Int']['output'];
};

/** The date and time fields of Meeting entries: periods to group by, and durations. */
export type MeetingDateField =
  /** When the entry was created. */
  | 'createdAt'
  /** End. */
  | 'end'
  /** When the entry was published. */
  | 'publishedAt'
  /** Start. */
  | 'start'
  /** When the entry was last changed. */
  | 'updatedAt';

/** The fields of Meeting entries whose distinct values can be counted. */
export type MeetingDistinctField =
  /** Cancelled. */
  | 'cancelled'
  /** End. */
  | 'end'
  /** Town or village. */
  | 'locality'
  /** The room or building, e.g. "Council chamber, town hall". */
  | 'locationName'
  /** Stage. */
  | 'meetingState'
  /** Kind of meeting. */
  | 'meetingType'
  /** Title. */
  | 'name'
  /** Postcode. */
  | 'postalCode'
  /** Start. */
  | 'start'
  /** Street and number. */
  | 'streetAddress';

/** A Meeting in a page, with its cursor (Relay edge). */
export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  /** Resumes the list after this entry: pass it as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: Meeting;
};

/** Filters on Meeting, with Strapi's operators. */
export type MeetingFiltersInput = {
  /** Conditions on the AgendaItem entries of agendaItems. */
  agendaItems?: InputMaybe<AgendaItemFiltersInput>;
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<InputMaybe<MeetingFiltersInput>>>;
  /** Conditions on cancelled. */
  cancelled?: InputMaybe<BooleanFilterInput>;
  /** Conditions on when the entry was created. */
  createdAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on the documentId. */
  documentId?: InputMaybe<IdFilterInput>;
  /** Conditions on end. */
  end?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on livestreamUrl. */
  livestreamUrl?: InputMaybe<StringFilterInput>;
  /** Conditions on locality. */
  locality?: InputMaybe<StringFilterInput>;
  /** Conditions on locationName. */
  locationName?: InputMaybe<StringFilterInput>;
  /** Conditions on meetingState. */
  meetingState?: InputMaybe<MeetingStateFilterInput>;
  /** Conditions on meetingType. */
  meetingType?: InputMaybe<MeetingTypeFilterInput>;
  /** Conditions on name. */
  name?: InputMaybe<StringFilterInput>;
  /** This filter does not match. */
  not?: InputMaybe<MeetingFiltersInput>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<InputMaybe<MeetingFiltersInput>>>;
  /** Conditions on the Organization entries of organizations. */
  organizations?: InputMaybe<OrganizationFiltersInput>;
  /** Conditions on postalCode. */
  postalCode?: InputMaybe<StringFilterInput>;
  /** Conditions on when the entry was last published. */
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on start. */
  start?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on streetAddress. */
  streetAddress?: InputMaybe<StringFilterInput>;
  /** Conditions on when the entry was last changed. */
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

/** One way to group Meeting entries: exactly one of field, date (with its bucket) or townGroup. */
export type MeetingGroupBy = {
  /** The period of a date group: MONTH when not given. */
  bucket?: InputMaybe<TimeBucket>;
  /** A date field: the groups are periods of it, in Brussels time (entries without one, or with a value that is not a date, make the group whose value is null). */
  date?: InputMaybe<MeetingDateField>;
  /** A field whose values make the groups. */
  field?: InputMaybe<MeetingGroupField>;
  /** A kind of the towns' groups, e.g. "province": the groups are its codes (a town outside any: null). */
  townGroup?: InputMaybe<Scalars['String']['input']>;
};

/** What Meeting entries can be grouped by: town, a vocabulary (its code; a list of codes: each code it holds, so an entry may count in several groups), a yes/no, a link to one entry (its documentId). */
export type MeetingGroupField =
  /** Cancelled. */
  | 'cancelled'
  /** Stage. */
  | 'meetingState'
  /** Kind of meeting. */
  | 'meetingType'
  /** The town the entry comes from. */
  | 'town';

/** One term of the order of a list of Meeting; ties are broken by documentId. */
export type MeetingOrder = {
  /** ASC (the default) or DESC. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: MeetingOrderField;
};

/** Fields a list of Meeting can be ordered by. */
export type MeetingOrderField =
  /** By cancelled. */
  | 'cancelled'
  /** By createdAt. */
  | 'createdAt'
  /** By end. */
  | 'end'
  /** By livestreamUrl. */
  | 'livestreamUrl'
  /** By locality. */
  | 'locality'
  /** By locationName. */
  | 'locationName'
  /** By meetingState. */
  | 'meetingState'
  /** By meetingType. */
  | 'meetingType'
  /** By name. */
  | 'name'
  /** By postalCode. */
  | 'postalCode'
  /** By publishedAt. */
  | 'publishedAt'
  /** By start. */
  | 'start'
  /** By streetAddress. */
  | 'streetAddress'
  /** By updatedAt. */
  | 'updatedAt';

/** Where a meeting stands. */
export type MeetingState =
  /** Held */
  | 'held'
  /** Invitations sent */
  | 'invited'
  /** Scheduled */
  | 'scheduled';

/** Conditions on a MeetingState code. */
export type MeetingStateFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<MeetingState>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<MeetingState>>;
  /** Is not this code. */
  ne?: InputMaybe<MeetingState>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<MeetingState>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The kind of sitting. */
export type MeetingType =
  /** College meeting */
  | 'college'
  /** Committee meeting */
  | 'committee'
  /** Council meeting */
  | 'council'
  /** General assembly */
  | 'generalAssembly'
  /** Other */
  | 'other';

/** Conditions on a MeetingType code. */
export type MeetingTypeFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<MeetingType>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<MeetingType>>;
  /** Is not this code. */
  ne?: InputMaybe<MeetingType>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<MeetingType>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What public body a member of the network is (OParl's Body classification). */
export type MemberKind =
  /** Fire and rescue zone (fr: Zone de secours; nl: Hulpverleningszone; de: Hilfeleistungszone). */
  | 'FIRE_ZONE'
  /** Intercommunal company (fr: Intercommunale; nl: Intercommunale; de: Interkommunale). */
  | 'INTERCOMMUNAL'
  /** Parliament (fr: Parlement; nl: Parlement; de: Parlament). */
  | 'PARLIAMENT'
  /** Police zone (fr: Zone de police; nl: Politiezone; de: Polizeizone). */
  | 'POLICE_ZONE'
  /** Province (fr: Province; nl: Provincie; de: Provinz). */
  | 'PROVINCE'
  /** Region (fr: Région; nl: Gewest; de: Region). */
  | 'REGION'
  /** Public social welfare centre (fr: CPAS; nl: OCMW; de: ÖSHZ). */
  | 'SOCIAL_WELFARE_CENTRE'
  /** Municipality (fr: Commune; nl: Gemeente; de: Gemeinde). */
  | 'TOWN';

/** Conditions on a list of members' codes (e.g. sambreville). */
export type MemberListFilterInput = {
  /** The list holds this member. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** The list holds every one of these members (at most 100). */
  containsAll?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The list holds at least one of these members (at most 100). */
  containsAny?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A person's membership of an organization, with the role held and its period. */
export type Membership = Node & {
  __typename?: 'Membership';
  /** When the entry was created in its town. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The entry's documentId in its town's Strapi. */
  documentId: Scalars['ID']['output'];
  /** The membership's end date (a calendar date). */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Globally unique and stable: encodes the town, the kind, the documentId and, for a localized kind, the locale the entry was read in. Fetch it again with node(id). */
  id: Scalars['ID']['output'];
  /** The locale the localized fields were taken from (after fallback). */
  locale?: Maybe<Scalars['String']['output']>;
  /** The party or group the person sits for. */
  onBehalfOf?: Maybe<Organization>;
  /** The membership's organization (a Organization). */
  organization?: Maybe<Organization>;
  /** The membership's person (a Person). */
  person?: Maybe<Person>;
  /** When the entry was last published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The membership's role. */
  role?: Maybe<Scalars['String']['output']>;
  /** The membership's start date (a calendar date). */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** The town this entry comes from. */
  town: Town;
  /** When the entry was last changed in its town. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The membership's voting right (true or false). */
  votingRight?: Maybe<Scalars['Boolean']['output']>;
};

/** Membership entries grouped and measured across towns, from the regional index (or counted live by one town: see source). */
export type MembershipAggregate = {
  __typename?: 'MembershipAggregate';
  /** True when every town asked is in the index and its last harvest succeeded. */
  complete: Scalars['Boolean']['output'];
  /** How current the figures are: each town's last harvest. */
  freshness: Freshness;
  /** The groups, sorted by their keys in turn (values, then the remainder of a top, then null). */
  groups: Array<MembershipAggregateGroup>;
  /** Towns asked for that the index cannot answer for (never harvested): not counted (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** INDEX: computed by the regional index; LIVE: counted by the one town asked, during this request. */
  source: DataSource;
  /** The deployment's minimum count (GATEWAY_AGGREGATE_MIN_COUNT): groups holding fewer entries are suppressed (count and measures null, suppressed true); null when nothing is suppressed. */
  suppressedBelow?: Maybe<Scalars['Int']['output']>;
  /** How many entries match, in all (an entry in several groups of a list of codes counts once here); null when fewer than suppressedBelow (from 1 to suppressedBelow - 1), as a group's count. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A group of Membership entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type MembershipAggregateGroup = {
  __typename?: 'MembershipAggregateGroup';
  /** How many entries the group holds; null when the group is suppressed (see suppressed). */
  count?: Maybe<Scalars['Int']['output']>;
  /** When the group is suppressed: the count it is below (it holds from 1 to countBelow - 1 entries), for a "< countBelow" in its place; null otherwise. */
  countBelow?: Maybe<Scalars['Int']['output']>;
  /** How many distinct values of a field the group's entries hold (missing values not counted); null when the group is suppressed. */
  countDistinct?: Maybe<Scalars['Int']['output']>;
  /** The time from one date field to another, over the entries having both (e.g. from request to closure): its median, average or a percentile; null when no entry has both, or the group is suppressed. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** What the group stands for: one key per groupBy, in its order. */
  keys: Array<AggregateKey>;
  /** True when the group holds fewer entries than the deployment publishes (the answer's suppressedBelow): its count and every measure are withheld (null); its keys stay. */
  suppressed: Scalars['Boolean']['output'];
};


/** A group of Membership entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type MembershipAggregateGroupCountDistinctArgs = {
  field: MembershipDistinctField;
};


/** A group of Membership entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type MembershipAggregateGroupDurationArgs = {
  from: MembershipDateField;
  p?: InputMaybe<Scalars['Float']['input']>;
  statistic?: InputMaybe<DurationStatistic>;
  to: MembershipDateField;
  unit?: InputMaybe<DurationUnit>;
};

/** A page of Membership entries (Relay connection). */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** True when every town asked answered, so that totalCount and the page cover them all; false when missingTowns is not empty (a failing town adds nothing to totalCount); from the index, false too when a town asked was never harvested or its last harvest failed. */
  complete: Scalars['Boolean']['output'];
  /** The page's entries, each with its cursor. */
  edges: Array<MembershipEdge>;
  /** How current the page is. */
  freshness: Freshness;
  /** Towns asked for whose data is missing from this page (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** The page's entries. */
  nodes: Array<Membership>;
  /** Where the page stands in the list. */
  pageInfo: PageInfo;
  /** Where the page comes from: the towns, asked now (one town, or the gateway has no index), or the regional index (a region). */
  source: DataSource;
  /** Entries matching the filters, over every town asked. */
  totalCount: Scalars['Int']['output'];
};

/** The date and time fields of Membership entries: periods to group by, and durations. */
export type MembershipDateField =
  /** When the entry was created. */
  | 'createdAt'
  /** End date. */
  | 'endDate'
  /** When the entry was published. */
  | 'publishedAt'
  /** Start date. */
  | 'startDate'
  /** When the entry was last changed. */
  | 'updatedAt';

/** The fields of Membership entries whose distinct values can be counted. */
export type MembershipDistinctField =
  /** End date. */
  | 'endDate'
  /** The party or group the person sits for. */
  | 'onBehalfOf'
  /** Body. */
  | 'organization'
  /** Person. */
  | 'person'
  /** Role. */
  | 'role'
  /** Start date. */
  | 'startDate'
  /** May vote. */
  | 'votingRight';

/** A Membership in a page, with its cursor (Relay edge). */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Resumes the list after this entry: pass it as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: Membership;
};

/** Filters on Membership, with Strapi's operators. */
export type MembershipFiltersInput = {
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<InputMaybe<MembershipFiltersInput>>>;
  /** Conditions on when the entry was created. */
  createdAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on the documentId. */
  documentId?: InputMaybe<IdFilterInput>;
  /** Conditions on endDate. */
  endDate?: InputMaybe<DateFilterInput>;
  /** This filter does not match. */
  not?: InputMaybe<MembershipFiltersInput>;
  /** Conditions on the Organization entries of onBehalfOf. */
  onBehalfOf?: InputMaybe<OrganizationFiltersInput>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<InputMaybe<MembershipFiltersInput>>>;
  /** Conditions on the Organization entries of organization. */
  organization?: InputMaybe<OrganizationFiltersInput>;
  /** Conditions on the Person entries of person. */
  person?: InputMaybe<PersonFiltersInput>;
  /** Conditions on when the entry was last published. */
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on role. */
  role?: InputMaybe<StringFilterInput>;
  /** Conditions on startDate. */
  startDate?: InputMaybe<DateFilterInput>;
  /** Conditions on when the entry was last changed. */
  updatedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on votingRight. */
  votingRight?: InputMaybe<BooleanFilterInput>;
};

/** One way to group Membership entries: exactly one of field, date (with its bucket) or townGroup. */
export type MembershipGroupBy = {
  /** The period of a date group: MONTH when not given. */
  bucket?: InputMaybe<TimeBucket>;
  /** A date field: the groups are periods of it, in Brussels time (entries without one, or with a value that is not a date, make the group whose value is null). */
  date?: InputMaybe<MembershipDateField>;
  /** A field whose values make the groups. */
  field?: InputMaybe<MembershipGroupField>;
  /** A kind of the towns' groups, e.g. "province": the groups are its codes (a town outside any: null). */
  townGroup?: InputMaybe<Scalars['String']['input']>;
};

/** What Membership entries can be grouped by: town, a vocabulary (its code; a list of codes: each code it holds, so an entry may count in several groups), a yes/no, a link to one entry (its documentId). */
export type MembershipGroupField =
  /** The party or group the person sits for. */
  | 'onBehalfOf'
  /** Kind of body, of the linked onBehalfOf. */
  | 'onBehalfOf_organizationType'
  /** Body. */
  | 'organization'
  /** Kind of body, of the linked organization. */
  | 'organization_organizationType'
  /** Person. */
  | 'person'
  /** Gender, of the linked person. */
  | 'person_gender'
  /** The town the entry comes from. */
  | 'town'
  /** May vote. */
  | 'votingRight';

/** One term of the order of a list of Membership; ties are broken by documentId. */
export type MembershipOrder = {
  /** ASC (the default) or DESC. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: MembershipOrderField;
};

/** Fields a list of Membership can be ordered by. */
export type MembershipOrderField =
  /** By createdAt. */
  | 'createdAt'
  /** By endDate. */
  | 'endDate'
  /** By publishedAt. */
  | 'publishedAt'
  /** By role. */
  | 'role'
  /** By startDate. */
  | 'startDate'
  /** By updatedAt. */
  | 'updatedAt'
  /** By votingRight. */
  | 'votingRight';

/** A news article published by the town. */
export type NewsItem = Node & {
  __typename?: 'NewsItem';
  /** The news item's body (Markdown). */
  body?: Maybe<Scalars['String']['output']>;
  /** The network's channels this entry is shared into: members subscribed to one list it too, marked as this member's. Published entries only, like every public read. */
  channels: Array<SharingChannel>;
  /** The labels of channels's codes, in its order. */
  channelsLabels: Array<Scalars['String']['output']>;
  /** When the entry was created in its town. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The news item's date published (an instant). */
  datePublished: Scalars['DateTime']['output'];
  /** The entry's documentId in its town's Strapi. */
  documentId: Scalars['ID']['output'];
  /** The news item's headline. */
  headline: Scalars['String']['output'];
  /** Globally unique and stable: encodes the town, the kind, the documentId and, for a localized kind, the locale the entry was read in. Fetch it again with node(id). */
  id: Scalars['ID']['output'];
  /** The news item's image (a file). */
  image?: Maybe<MediaFile>;
  /** The locale the localized fields were taken from (after fallback). */
  locale?: Maybe<Scalars['String']['output']>;
  /** When the entry was last published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The news item's related links (Link values). */
  relatedLinks: Array<Link>;
  /** Members of the network (their codes) this entry is shared with, one by one: each lists it too, marked as this member's, as do the members that follow their listing. Published entries only. */
  sharedWithMembers: Array<Scalars['String']['output']>;
  /** The news item's summary. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The news item's topics (Topic codes). */
  topics: Array<Topic>;
  /** The labels of topics's codes, in its order. */
  topicsLabels: Array<Scalars['String']['output']>;
  /** The town this entry comes from. */
  town: Town;
  /** When the entry was last changed in its town. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A news article published by the town. */
export type NewsItemChannelsLabelsArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A news article published by the town. */
export type NewsItemTopicsLabelsArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** NewsItem entries grouped and measured across towns, from the regional index (or counted live by one town: see source). */
export type NewsItemAggregate = {
  __typename?: 'NewsItemAggregate';
  /** True when every town asked is in the index and its last harvest succeeded. */
  complete: Scalars['Boolean']['output'];
  /** How current the figures are: each town's last harvest. */
  freshness: Freshness;
  /** The groups, sorted by their keys in turn (values, then the remainder of a top, then null). */
  groups: Array<NewsItemAggregateGroup>;
  /** Towns asked for that the index cannot answer for (never harvested): not counted (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** INDEX: computed by the regional index; LIVE: counted by the one town asked, during this request. */
  source: DataSource;
  /** The deployment's minimum count (GATEWAY_AGGREGATE_MIN_COUNT): groups holding fewer entries are suppressed (count and measures null, suppressed true); null when nothing is suppressed. */
  suppressedBelow?: Maybe<Scalars['Int']['output']>;
  /** How many entries match, in all (an entry in several groups of a list of codes counts once here); null when fewer than suppressedBelow (from 1 to suppressedBelow - 1), as a group's count. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A group of NewsItem entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type NewsItemAggregateGroup = {
  __typename?: 'NewsItemAggregateGroup';
  /** How many entries the group holds; null when the group is suppressed (see suppressed). */
  count?: Maybe<Scalars['Int']['output']>;
  /** When the group is suppressed: the count it is below (it holds from 1 to countBelow - 1 entries), for a "< countBelow" in its place; null otherwise. */
  countBelow?: Maybe<Scalars['Int']['output']>;
  /** How many distinct values of a field the group's entries hold (missing values not counted); null when the group is suppressed. */
  countDistinct?: Maybe<Scalars['Int']['output']>;
  /** The time from one date field to another, over the entries having both (e.g. from request to closure): its median, average or a percentile; null when no entry has both, or the group is suppressed. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** What the group stands for: one key per groupBy, in its order. */
  keys: Array<AggregateKey>;
  /** True when the group holds fewer entries than the deployment publishes (the answer's suppressedBelow): its count and every measure are withheld (null); its keys stay. */
  suppressed: Scalars['Boolean']['output'];
};


/** A group of NewsItem entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type NewsItemAggregateGroupCountDistinctArgs = {
  field: NewsItemDistinctField;
};


/** A group of NewsItem entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type NewsItemAggregateGroupDurationArgs = {
  from: NewsItemDateField;
  p?: InputMaybe<Scalars['Float']['input']>;
  statistic?: InputMaybe<DurationStatistic>;
  to: NewsItemDateField;
  unit?: InputMaybe<DurationUnit>;
};

/** A page of NewsItem entries (Relay connection). */
export type NewsItemConnection = {
  __typename?: 'NewsItemConnection';
  /** True when every town asked answered, so that totalCount and the page cover them all; false when missingTowns is not empty (a failing town adds nothing to totalCount); from the index, false too when a town asked was never harvested or its last harvest failed. */
  complete: Scalars['Boolean']['output'];
  /** The page's entries, each with its cursor. */
  edges: Array<NewsItemEdge>;
  /** How current the page is. */
  freshness: Freshness;
  /** Towns asked for whose data is missing from this page (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** The page's entries. */
  nodes: Array<NewsItem>;
  /** Where the page stands in the list. */
  pageInfo: PageInfo;
  /** Where the page comes from: the towns, asked now (one town, or the gateway has no index), or the regional index (a region). */
  source: DataSource;
  /** Entries matching the filters, over every town asked. */
  totalCount: Scalars['Int']['output'];
};

/** The date and time fields of NewsItem entries: periods to group by, and durations. */
export type NewsItemDateField =
  /** When the entry was created. */
  | 'createdAt'
  /** Publication date. */
  | 'datePublished'
  /** When the entry was published. */
  | 'publishedAt'
  /** When the entry was last changed. */
  | 'updatedAt';

/** The fields of NewsItem entries whose distinct values can be counted. */
export type NewsItemDistinctField =
  /** Publication date. */
  | 'datePublished'
  /** Title. */
  | 'headline';

/** A NewsItem in a page, with its cursor (Relay edge). */
export type NewsItemEdge = {
  __typename?: 'NewsItemEdge';
  /** Resumes the list after this entry: pass it as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: NewsItem;
};

/** Filters on NewsItem, with Strapi's operators. */
export type NewsItemFiltersInput = {
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<InputMaybe<NewsItemFiltersInput>>>;
  /** Conditions on channels. */
  channels?: InputMaybe<SharingChannelListFilterInput>;
  /** Conditions on when the entry was created. */
  createdAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on datePublished. */
  datePublished?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on the documentId. */
  documentId?: InputMaybe<IdFilterInput>;
  /** Conditions on headline. */
  headline?: InputMaybe<StringFilterInput>;
  /** This filter does not match. */
  not?: InputMaybe<NewsItemFiltersInput>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<InputMaybe<NewsItemFiltersInput>>>;
  /** Conditions on when the entry was last published. */
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on sharedWithMembers. */
  sharedWithMembers?: InputMaybe<MemberListFilterInput>;
  /** Conditions on summary. */
  summary?: InputMaybe<StringFilterInput>;
  /** Conditions on topics. */
  topics?: InputMaybe<TopicListFilterInput>;
  /** Conditions on when the entry was last changed. */
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

/** One way to group NewsItem entries: exactly one of field, date (with its bucket) or townGroup. */
export type NewsItemGroupBy = {
  /** The period of a date group: MONTH when not given. */
  bucket?: InputMaybe<TimeBucket>;
  /** A date field: the groups are periods of it, in Brussels time (entries without one, or with a value that is not a date, make the group whose value is null). */
  date?: InputMaybe<NewsItemDateField>;
  /** A field whose values make the groups. */
  field?: InputMaybe<NewsItemGroupField>;
  /** A kind of the towns' groups, e.g. "province": the groups are its codes (a town outside any: null). */
  townGroup?: InputMaybe<Scalars['String']['input']>;
};

/** What NewsItem entries can be grouped by: town, a vocabulary (its code; a list of codes: each code it holds, so an entry may count in several groups), a yes/no, a link to one entry (its documentId). */
export type NewsItemGroupField =
  /** The network's channels this entry is shared into: members subscribed to one list it too, marked as this member's. Published entries only, like every public read. */
  | 'channels'
  /** Topics. */
  | 'topics'
  /** The town the entry comes from. */
  | 'town';

/** One term of the order of a list of NewsItem; ties are broken by documentId. */
export type NewsItemOrder = {
  /** ASC (the default) or DESC. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: NewsItemOrderField;
};

/** Fields a list of NewsItem can be ordered by. */
export type NewsItemOrderField =
  /** By createdAt. */
  | 'createdAt'
  /** By datePublished. */
  | 'datePublished'
  /** By headline. */
  | 'headline'
  /** By publishedAt. */
  | 'publishedAt'
  /** By summary. */
  | 'summary'
  /** By updatedAt. */
  | 'updatedAt';

/** An object with a globally unique id (Relay). */
export type Node = {
  /** Globally unique and stable: fetch the object again with node(id). */
  id: Scalars['ID']['output'];
};

/** A range of time, [from, to): what starts before to and ends after from. */
export type OccurrenceRange = {
  /** Where the range starts (included). */
  from: Scalars['DateTime']['input'];
  /** Where it ends (excluded), at most 366 days after from. */
  to: Scalars['DateTime']['input'];
};

/** When a place is open: days, hours, and the period the rule applies to. */
export type OpeningHoursSpecification = {
  __typename?: 'OpeningHoursSpecification';
  /** True for an exceptional closure over the validity period. */
  closed?: Maybe<Scalars['Boolean']['output']>;
  /** The opening hours specification's closes (a wall-clock time). */
  closes?: Maybe<Scalars['Time']['output']>;
  /** The opening hours specification's day of week (DayOfWeek codes). */
  dayOfWeek: Array<DayOfWeek>;
  /** The opening hours specification's opens (a wall-clock time). */
  opens?: Maybe<Scalars['Time']['output']>;
  /** The opening hours specification's valid from (a calendar date). */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** The opening hours specification's valid through (a calendar date). */
  validThrough?: Maybe<Scalars['Date']['output']>;
};

/** The direction of one term of an order. */
export type OrderDirection =
  /** Smallest, earliest or first in the alphabet first. */
  | 'ASC'
  /** Largest, latest or last in the alphabet first. */
  | 'DESC';

/** A body of the town: council, college of mayor and aldermen, committee, party or political group. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** A finer kind, in the town's words. */
  classification?: Maybe<Scalars['String']['output']>;
  /** When the entry was created in its town. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The entry's documentId in its town's Strapi. */
  documentId: Scalars['ID']['output'];
  /** The organization's end date (a calendar date). */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Globally unique and stable: encodes the town, the kind, the documentId and, for a localized kind, the locale the entry was read in. Fetch it again with node(id). */
  id: Scalars['ID']['output'];
  /** The locale the localized fields were taken from (after fallback). */
  locale?: Maybe<Scalars['String']['output']>;
  /** Inverse of meeting.organizations. */
  meetings: Array<Meeting>;
  /** Inverse of membership.organization. */
  memberships: Array<Membership>;
  /** Inverse of membership.onBehalfOf. */
  membershipsOnBehalf: Array<Membership>;
  /** The organization's name. */
  name: Scalars['String']['output'];
  /** The organization's organization type (a OrganizationType code). */
  organizationType: OrganizationType;
  /** The label of organizationType's code; null when it has none. */
  organizationTypeLabel?: Maybe<Scalars['String']['output']>;
  /** Inverse of paper.originatorOrganizations. */
  originatedPapers: Array<Paper>;
  /** When the entry was last published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The organization's short name. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** The organization's start date (a calendar date). */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** The organization's sub organization of (a Organization). */
  subOrganizationOf?: Maybe<Organization>;
  /** Inverse of organization.subOrganizationOf. */
  subOrganizations: Array<Organization>;
  /** The town this entry comes from. */
  town: Town;
  /** When the entry was last changed in its town. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The organization's website (a web address). */
  website?: Maybe<Scalars['String']['output']>;
};


/** A body of the town: council, college of mayor and aldermen, committee, party or political group. */
export type OrganizationOrganizationTypeLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** Organization entries grouped and measured across towns, from the regional index (or counted live by one town: see source). */
export type OrganizationAggregate = {
  __typename?: 'OrganizationAggregate';
  /** True when every town asked is in the index and its last harvest succeeded. */
  complete: Scalars['Boolean']['output'];
  /** How current the figures are: each town's last harvest. */
  freshness: Freshness;
  /** The groups, sorted by their keys in turn (values, then the remainder of a top, then null). */
  groups: Array<OrganizationAggregateGroup>;
  /** Towns asked for that the index cannot answer for (never harvested): not counted (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** INDEX: computed by the regional index; LIVE: counted by the one town asked, during this request. */
  source: DataSource;
  /** The deployment's minimum count (GATEWAY_AGGREGATE_MIN_COUNT): groups holding fewer entries are suppressed (count and measures null, suppressed true); null when nothing is suppressed. */
  suppressedBelow?: Maybe<Scalars['Int']['output']>;
  /** How many entries match, in all (an entry in several groups of a list of codes counts once here); null when fewer than suppressedBelow (from 1 to suppressedBelow - 1), as a group's count. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A group of Organization entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type OrganizationAggregateGroup = {
  __typename?: 'OrganizationAggregateGroup';
  /** How many entries the group holds; null when the group is suppressed (see suppressed). */
  count?: Maybe<Scalars['Int']['output']>;
  /** When the group is suppressed: the count it is below (it holds from 1 to countBelow - 1 entries), for a "< countBelow" in its place; null otherwise. */
  countBelow?: Maybe<Scalars['Int']['output']>;
  /** How many distinct values of a field the group's entries hold (missing values not counted); null when the group is suppressed. */
  countDistinct?: Maybe<Scalars['Int']['output']>;
  /** The time from one date field to another, over the entries having both (e.g. from request to closure): its median, average or a percentile; null when no entry has both, or the group is suppressed. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** What the group stands for: one key per groupBy, in its order. */
  keys: Array<AggregateKey>;
  /** True when the group holds fewer entries than the deployment publishes (the answer's suppressedBelow): its count and every measure are withheld (null); its keys stay. */
  suppressed: Scalars['Boolean']['output'];
};


/** A group of Organization entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type OrganizationAggregateGroupCountDistinctArgs = {
  field: OrganizationDistinctField;
};


/** A group of Organization entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type OrganizationAggregateGroupDurationArgs = {
  from: OrganizationDateField;
  p?: InputMaybe<Scalars['Float']['input']>;
  statistic?: InputMaybe<DurationStatistic>;
  to: OrganizationDateField;
  unit?: InputMaybe<DurationUnit>;
};

/** A page of Organization entries (Relay connection). */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** True when every town asked answered, so that totalCount and the page cover them all; false when missingTowns is not empty (a failing town adds nothing to totalCount); from the index, false too when a town asked was never harvested or its last harvest failed. */
  complete: Scalars['Boolean']['output'];
  /** The page's entries, each with its cursor. */
  edges: Array<OrganizationEdge>;
  /** How current the page is. */
  freshness: Freshness;
  /** Towns asked for whose data is missing from this page (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** The page's entries. */
  nodes: Array<Organization>;
  /** Where the page stands in the list. */
  pageInfo: PageInfo;
  /** Where the page comes from: the towns, asked now (one town, or the gateway has no index), or the regional index (a region). */
  source: DataSource;
  /** Entries matching the filters, over every town asked. */
  totalCount: Scalars['Int']['output'];
};

/** The date and time fields of Organization entries: periods to group by, and durations. */
export type OrganizationDateField =
  /** When the entry was created. */
  | 'createdAt'
  /** End date. */
  | 'endDate'
  /** When the entry was published. */
  | 'publishedAt'
  /** Start date. */
  | 'startDate'
  /** When the entry was last changed. */
  | 'updatedAt';

/** The fields of Organization entries whose distinct values can be counted. */
export type OrganizationDistinctField =
  /** A finer kind, in the town's words. */
  | 'classification'
  /** End date. */
  | 'endDate'
  /** Name. */
  | 'name'
  /** Kind of body. */
  | 'organizationType'
  /** Short name. */
  | 'shortName'
  /** Start date. */
  | 'startDate'
  /** Part of. */
  | 'subOrganizationOf';

/** A Organization in a page, with its cursor (Relay edge). */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Resumes the list after this entry: pass it as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: Organization;
};

/** Filters on Organization, with Strapi's operators. */
export type OrganizationFiltersInput = {
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<InputMaybe<OrganizationFiltersInput>>>;
  /** Conditions on classification. */
  classification?: InputMaybe<StringFilterInput>;
  /** Conditions on when the entry was created. */
  createdAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on the documentId. */
  documentId?: InputMaybe<IdFilterInput>;
  /** Conditions on endDate. */
  endDate?: InputMaybe<DateFilterInput>;
  /** Conditions on the Meeting entries of meetings. */
  meetings?: InputMaybe<MeetingFiltersInput>;
  /** Conditions on the Membership entries of memberships. */
  memberships?: InputMaybe<MembershipFiltersInput>;
  /** Conditions on the Membership entries of membershipsOnBehalf. */
  membershipsOnBehalf?: InputMaybe<MembershipFiltersInput>;
  /** Conditions on name. */
  name?: InputMaybe<StringFilterInput>;
  /** This filter does not match. */
  not?: InputMaybe<OrganizationFiltersInput>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<InputMaybe<OrganizationFiltersInput>>>;
  /** Conditions on organizationType. */
  organizationType?: InputMaybe<OrganizationTypeFilterInput>;
  /** Conditions on the Paper entries of originatedPapers. */
  originatedPapers?: InputMaybe<PaperFiltersInput>;
  /** Conditions on when the entry was last published. */
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on shortName. */
  shortName?: InputMaybe<StringFilterInput>;
  /** Conditions on startDate. */
  startDate?: InputMaybe<DateFilterInput>;
  /** Conditions on the Organization entries of subOrganizationOf. */
  subOrganizationOf?: InputMaybe<OrganizationFiltersInput>;
  /** Conditions on the Organization entries of subOrganizations. */
  subOrganizations?: InputMaybe<OrganizationFiltersInput>;
  /** Conditions on when the entry was last changed. */
  updatedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on website. */
  website?: InputMaybe<StringFilterInput>;
};

/** One way to group Organization entries: exactly one of field, date (with its bucket) or townGroup. */
export type OrganizationGroupBy = {
  /** The period of a date group: MONTH when not given. */
  bucket?: InputMaybe<TimeBucket>;
  /** A date field: the groups are periods of it, in Brussels time (entries without one, or with a value that is not a date, make the group whose value is null). */
  date?: InputMaybe<OrganizationDateField>;
  /** A field whose values make the groups. */
  field?: InputMaybe<OrganizationGroupField>;
  /** A kind of the towns' groups, e.g. "province": the groups are its codes (a town outside any: null). */
  townGroup?: InputMaybe<Scalars['String']['input']>;
};

/** What Organization entries can be grouped by: town, a vocabulary (its code; a list of codes: each code it holds, so an entry may count in several groups), a yes/no, a link to one entry (its documentId). */
export type OrganizationGroupField =
  /** Kind of body. */
  | 'organizationType'
  /** Part of. */
  | 'subOrganizationOf'
  /** Kind of body, of the linked subOrganizationOf. */
  | 'subOrganizationOf_organizationType'
  /** The town the entry comes from. */
  | 'town';

/** One term of the order of a list of Organization; ties are broken by documentId. */
export type OrganizationOrder = {
  /** ASC (the default) or DESC. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: OrganizationOrderField;
};

/** Fields a list of Organization can be ordered by. */
export type OrganizationOrderField =
  /** By classification. */
  | 'classification'
  /** By createdAt. */
  | 'createdAt'
  /** By endDate. */
  | 'endDate'
  /** By name. */
  | 'name'
  /** By organizationType. */
  | 'organizationType'
  /** By publishedAt. */
  | 'publishedAt'
  /** By shortName. */
  | 'shortName'
  /** By startDate. */
  | 'startDate'
  /** By updatedAt. */
  | 'updatedAt'
  /** By website. */
  | 'website';

/** The kind of body. */
export type OrganizationType =
  /** Administrative department */
  | 'administration'
  /** College of mayor and aldermen */
  | 'college'
  /** Committee */
  | 'committee'
  /** Council */
  | 'council'
  /** External body */
  | 'externalBody'
  /** Political group */
  | 'faction'
  /** Institution */
  | 'institution'
  /** Other */
  | 'other'
  /** Party */
  | 'party';

/** Conditions on a OrganizationType code. */
export type OrganizationTypeFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<OrganizationType>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<OrganizationType>>;
  /** Is not this code. */
  ne?: InputMaybe<OrganizationType>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<OrganizationType>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last entry (pass it as after); null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether entries follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether entries precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the page's first entry; null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A document of the council's work: decision, motion, report, proposal, regulation. */
export type Paper = Node & {
  __typename?: 'Paper';
  /** Inverse of agenda-item.papers. Leaves out the entries whose public is false. */
  agendaItems: Array<AgendaItem>;
  /** The paper's auxiliary files (files). */
  auxiliaryFiles: Array<MediaFile>;
  /** When the entry was created in its town. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The paper's date (a calendar date). */
  date: Scalars['Date']['output'];
  /** Inverse of agenda-item.decision. Leaves out the entries whose public is false. */
  decidedInAgendaItems: Array<AgendaItem>;
  /** The entry's documentId in its town's Strapi. */
  documentId: Scalars['ID']['output'];
  /** Globally unique and stable: encodes the town, the kind, the documentId and, for a localized kind, the locale the entry was read in. Fetch it again with node(id). */
  id: Scalars['ID']['output'];
  /** The locale the localized fields were taken from (after fallback). */
  locale?: Maybe<Scalars['String']['output']>;
  /** The paper's main file (a file). */
  mainFile?: Maybe<MediaFile>;
  /** The paper's name. */
  name: Scalars['String']['output'];
  /** The paper's originator organizations (Organization entries). */
  originatorOrganizations: Array<Organization>;
  /** The paper's originator persons (Person entries). */
  originatorPersons: Array<Person>;
  /** The paper's paper type (a PaperType code). */
  paperType: PaperType;
  /** The label of paperType's code; null when it has none. */
  paperTypeLabel?: Maybe<Scalars['String']['output']>;
  /** When the entry was last published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The town's file reference. */
  reference: Scalars['String']['output'];
  /** Inverse of paper.relatedPapers. */
  relatedFrom: Array<Paper>;
  /** The paper's related papers (Paper entries). */
  relatedPapers: Array<Paper>;
  /** Inverse of paper.superordinatedPaper. */
  subordinatedPapers: Array<Paper>;
  /** The paper's summary. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The paper's superordinated paper (a Paper). */
  superordinatedPaper?: Maybe<Paper>;
  /** The town this entry comes from. */
  town: Town;
  /** When the entry was last changed in its town. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A document of the council's work: decision, motion, report, proposal, regulation. */
export type PaperPaperTypeLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** Paper entries grouped and measured across towns, from the regional index (or counted live by one town: see source). */
export type PaperAggregate = {
  __typename?: 'PaperAggregate';
  /** True when every town asked is in the index and its last harvest succeeded. */
  complete: Scalars['Boolean']['output'];
  /** How current the figures are: each town's last harvest. */
  freshness: Freshness;
  /** The groups, sorted by their keys in turn (values, then the remainder of a top, then null). */
  groups: Array<PaperAggregateGroup>;
  /** Towns asked for that the index cannot answer for (never harvested): not counted (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** INDEX: computed by the regional index; LIVE: counted by the one town asked, during this request. */
  source: DataSource;
  /** The deployment's minimum count (GATEWAY_AGGREGATE_MIN_COUNT): groups holding fewer entries are suppressed (count and measures null, suppressed true); null when nothing is suppressed. */
  suppressedBelow?: Maybe<Scalars['Int']['output']>;
  /** How many entries match, in all (an entry in several groups of a list of codes counts once here); null when fewer than suppressedBelow (from 1 to suppressedBelow - 1), as a group's count. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A group of Paper entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type PaperAggregateGroup = {
  __typename?: 'PaperAggregateGroup';
  /** How many entries the group holds; null when the group is suppressed (see suppressed). */
  count?: Maybe<Scalars['Int']['output']>;
  /** When the group is suppressed: the count it is below (it holds from 1 to countBelow - 1 entries), for a "< countBelow" in its place; null otherwise. */
  countBelow?: Maybe<Scalars['Int']['output']>;
  /** How many distinct values of a field the group's entries hold (missing values not counted); null when the group is suppressed. */
  countDistinct?: Maybe<Scalars['Int']['output']>;
  /** The time from one date field to another, over the entries having both (e.g. from request to closure): its median, average or a percentile; null when no entry has both, or the group is suppressed. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** What the group stands for: one key per groupBy, in its order. */
  keys: Array<AggregateKey>;
  /** True when the group holds fewer entries than the deployment publishes (the answer's suppressedBelow): its count and every measure are withheld (null); its keys stay. */
  suppressed: Scalars['Boolean']['output'];
};


/** A group of Paper entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type PaperAggregateGroupCountDistinctArgs = {
  field: PaperDistinctField;
};


/** A group of Paper entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type PaperAggregateGroupDurationArgs = {
  from: PaperDateField;
  p?: InputMaybe<Scalars['Float']['input']>;
  statistic?: InputMaybe<DurationStatistic>;
  to: PaperDateField;
  unit?: InputMaybe<DurationUnit>;
};

/** A page of Paper entries (Relay connection). */
export type PaperConnection = {
  __typename?: 'PaperConnection';
  /** True when every town asked answered, so that totalCount and the page cover them all; false when missingTowns is not empty (a failing town adds nothing to totalCount); from the index, false too when a town asked was never harvested or its last harvest failed. */
  complete: Scalars['Boolean']['output'];
  /** The page's entries, each with its cursor. */
  edges: Array<PaperEdge>;
  /** How current the page is. */
  freshness: Freshness;
  /** Towns asked for whose data is missing from this page (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** The page's entries. */
  nodes: Array<Paper>;
  /** Where the page stands in the list. */
  pageInfo: PageInfo;
  /** Where the page comes from: the towns, asked now (one town, or the gateway has no index), or the regional index (a region). */
  source: DataSource;
  /** Entries matching the filters, over every town asked. */
  totalCount: Scalars['Int']['output'];
};

/** The date and time fields of Paper entries: periods to group by, and durations. */
export type PaperDateField =
  /** When the entry was created. */
  | 'createdAt'
  /** Date. */
  | 'date'
  /** When the entry was published. */
  | 'publishedAt'
  /** When the entry was last changed. */
  | 'updatedAt';

/** The fields of Paper entries whose distinct values can be counted. */
export type PaperDistinctField =
  /** Date. */
  | 'date'
  /** Title. */
  | 'name'
  /** Kind of document. */
  | 'paperType'
  /** The town's file reference. */
  | 'reference'
  /** Parent document. */
  | 'superordinatedPaper';

/** A Paper in a page, with its cursor (Relay edge). */
export type PaperEdge = {
  __typename?: 'PaperEdge';
  /** Resumes the list after this entry: pass it as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: Paper;
};

/** Filters on Paper, with Strapi's operators. */
export type PaperFiltersInput = {
  /** Conditions on the AgendaItem entries of agendaItems. */
  agendaItems?: InputMaybe<AgendaItemFiltersInput>;
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<InputMaybe<PaperFiltersInput>>>;
  /** Conditions on when the entry was created. */
  createdAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on date. */
  date?: InputMaybe<DateFilterInput>;
  /** Conditions on the AgendaItem entries of decidedInAgendaItems. */
  decidedInAgendaItems?: InputMaybe<AgendaItemFiltersInput>;
  /** Conditions on the documentId. */
  documentId?: InputMaybe<IdFilterInput>;
  /** Conditions on name. */
  name?: InputMaybe<StringFilterInput>;
  /** This filter does not match. */
  not?: InputMaybe<PaperFiltersInput>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<InputMaybe<PaperFiltersInput>>>;
  /** Conditions on the Organization entries of originatorOrganizations. */
  originatorOrganizations?: InputMaybe<OrganizationFiltersInput>;
  /** Conditions on the Person entries of originatorPersons. */
  originatorPersons?: InputMaybe<PersonFiltersInput>;
  /** Conditions on paperType. */
  paperType?: InputMaybe<PaperTypeFilterInput>;
  /** Conditions on when the entry was last published. */
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on reference. */
  reference?: InputMaybe<StringFilterInput>;
  /** Conditions on the Paper entries of relatedFrom. */
  relatedFrom?: InputMaybe<PaperFiltersInput>;
  /** Conditions on the Paper entries of relatedPapers. */
  relatedPapers?: InputMaybe<PaperFiltersInput>;
  /** Conditions on the Paper entries of subordinatedPapers. */
  subordinatedPapers?: InputMaybe<PaperFiltersInput>;
  /** Conditions on summary. */
  summary?: InputMaybe<StringFilterInput>;
  /** Conditions on the Paper entries of superordinatedPaper. */
  superordinatedPaper?: InputMaybe<PaperFiltersInput>;
  /** Conditions on when the entry was last changed. */
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

/** One way to group Paper entries: exactly one of field, date (with its bucket) or townGroup. */
export type PaperGroupBy = {
  /** The period of a date group: MONTH when not given. */
  bucket?: InputMaybe<TimeBucket>;
  /** A date field: the groups are periods of it, in Brussels time (entries without one, or with a value that is not a date, make the group whose value is null). */
  date?: InputMaybe<PaperDateField>;
  /** A field whose values make the groups. */
  field?: InputMaybe<PaperGroupField>;
  /** A kind of the towns' groups, e.g. "province": the groups are its codes (a town outside any: null). */
  townGroup?: InputMaybe<Scalars['String']['input']>;
};

/** What Paper entries can be grouped by: town, a vocabulary (its code; a list of codes: each code it holds, so an entry may count in several groups), a yes/no, a link to one entry (its documentId). */
export type PaperGroupField =
  /** Kind of document. */
  | 'paperType'
  /** Parent document. */
  | 'superordinatedPaper'
  /** Kind of document, of the linked superordinatedPaper. */
  | 'superordinatedPaper_paperType'
  /** The town the entry comes from. */
  | 'town';

/** One term of the order of a list of Paper; ties are broken by documentId. */
export type PaperOrder = {
  /** ASC (the default) or DESC. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: PaperOrderField;
};

/** Fields a list of Paper can be ordered by. */
export type PaperOrderField =
  /** By createdAt. */
  | 'createdAt'
  /** By date. */
  | 'date'
  /** By name. */
  | 'name'
  /** By paperType. */
  | 'paperType'
  /** By publishedAt. */
  | 'publishedAt'
  /** By reference. */
  | 'reference'
  /** By summary. */
  | 'summary'
  /** By updatedAt. */
  | 'updatedAt';

/** The kind of paper. */
export type PaperType =
  /** Answer */
  | 'answer'
  /** Decision */
  | 'decision'
  /** Motion */
  | 'motion'
  /** Police ordinance */
  | 'ordinance'
  /** Other */
  | 'other'
  /** Proposal */
  | 'proposal'
  /** Question */
  | 'question'
  /** Regulation */
  | 'regulation'
  /** Report */
  | 'report';

/** Conditions on a PaperType code. */
export type PaperTypeFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<PaperType>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<PaperType>>;
  /** Is not this code. */
  ne?: InputMaybe<PaperType>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<PaperType>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A holder of public office: councillor, alderman, mayor, president of the social welfare centre. */
export type Person = Node & {
  __typename?: 'Person';
  /** The person's affix. */
  affix?: Maybe<Scalars['String']['output']>;
  /** When the entry was created in its town. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The entry's documentId in its town's Strapi. */
  documentId: Scalars['ID']['output'];
  /** The office address, never a private one. */
  email?: Maybe<Scalars['String']['output']>;
  /** The person's family name. */
  familyName: Scalars['String']['output'];
  /** The person's form of address. */
  formOfAddress?: Maybe<Scalars['String']['output']>;
  /** The person's gender (a Gender code). */
  gender?: Maybe<Gender>;
  /** The label of gender's code; null when it has none. */
  genderLabel?: Maybe<Scalars['String']['output']>;
  /** The person's given name. */
  givenName?: Maybe<Scalars['String']['output']>;
  /** Globally unique and stable: encodes the town, the kind, the documentId and, for a localized kind, the locale the entry was read in. Fetch it again with node(id). */
  id: Scalars['ID']['output'];
  /** The person's image (a file). */
  image?: Maybe<MediaFile>;
  /** The locale the localized fields were taken from (after fallback). */
  locale?: Maybe<Scalars['String']['output']>;
  /** Inverse of membership.person. */
  memberships: Array<Membership>;
  /** The full name as published. */
  name: Scalars['String']['output'];
  /** Inverse of paper.originatorPersons. */
  originatedPapers: Array<Paper>;
  /** The person's phone. */
  phone?: Maybe<Scalars['String']['output']>;
  /** OParl status: the office held, such as "Mayor". */
  publicRole?: Maybe<Scalars['String']['output']>;
  /** When the entry was last published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The person's title. */
  title?: Maybe<Scalars['String']['output']>;
  /** The town this entry comes from. */
  town: Town;
  /** When the entry was last changed in its town. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A holder of public office: councillor, alderman, mayor, president of the social welfare centre. */
export type PersonGenderLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** Person entries grouped and measured across towns, from the regional index (or counted live by one town: see source). */
export type PersonAggregate = {
  __typename?: 'PersonAggregate';
  /** True when every town asked is in the index and its last harvest succeeded. */
  complete: Scalars['Boolean']['output'];
  /** How current the figures are: each town's last harvest. */
  freshness: Freshness;
  /** The groups, sorted by their keys in turn (values, then the remainder of a top, then null). */
  groups: Array<PersonAggregateGroup>;
  /** Towns asked for that the index cannot answer for (never harvested): not counted (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** INDEX: computed by the regional index; LIVE: counted by the one town asked, during this request. */
  source: DataSource;
  /** The deployment's minimum count (GATEWAY_AGGREGATE_MIN_COUNT): groups holding fewer entries are suppressed (count and measures null, suppressed true); null when nothing is suppressed. */
  suppressedBelow?: Maybe<Scalars['Int']['output']>;
  /** How many entries match, in all (an entry in several groups of a list of codes counts once here); null when fewer than suppressedBelow (from 1 to suppressedBelow - 1), as a group's count. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A group of Person entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type PersonAggregateGroup = {
  __typename?: 'PersonAggregateGroup';
  /** How many entries the group holds; null when the group is suppressed (see suppressed). */
  count?: Maybe<Scalars['Int']['output']>;
  /** When the group is suppressed: the count it is below (it holds from 1 to countBelow - 1 entries), for a "< countBelow" in its place; null otherwise. */
  countBelow?: Maybe<Scalars['Int']['output']>;
  /** How many distinct values of a field the group's entries hold (missing values not counted); null when the group is suppressed. */
  countDistinct?: Maybe<Scalars['Int']['output']>;
  /** The time from one date field to another, over the entries having both (e.g. from request to closure): its median, average or a percentile; null when no entry has both, or the group is suppressed. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** What the group stands for: one key per groupBy, in its order. */
  keys: Array<AggregateKey>;
  /** True when the group holds fewer entries than the deployment publishes (the answer's suppressedBelow): its count and every measure are withheld (null); its keys stay. */
  suppressed: Scalars['Boolean']['output'];
};


/** A group of Person entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type PersonAggregateGroupCountDistinctArgs = {
  field: PersonDistinctField;
};


/** A group of Person entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type PersonAggregateGroupDurationArgs = {
  from: PersonDateField;
  p?: InputMaybe<Scalars['Float']['input']>;
  statistic?: InputMaybe<DurationStatistic>;
  to: PersonDateField;
  unit?: InputMaybe<DurationUnit>;
};

/** A page of Person entries (Relay connection). */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** True when every town asked answered, so that totalCount and the page cover them all; false when missingTowns is not empty (a failing town adds nothing to totalCount); from the index, false too when a town asked was never harvested or its last harvest failed. */
  complete: Scalars['Boolean']['output'];
  /** The page's entries, each with its cursor. */
  edges: Array<PersonEdge>;
  /** How current the page is. */
  freshness: Freshness;
  /** Towns asked for whose data is missing from this page (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** The page's entries. */
  nodes: Array<Person>;
  /** Where the page stands in the list. */
  pageInfo: PageInfo;
  /** Where the page comes from: the towns, asked now (one town, or the gateway has no index), or the regional index (a region). */
  source: DataSource;
  /** Entries matching the filters, over every town asked. */
  totalCount: Scalars['Int']['output'];
};

/** The date and time fields of Person entries: periods to group by, and durations. */
export type PersonDateField =
  /** When the entry was created. */
  | 'createdAt'
  /** When the entry was published. */
  | 'publishedAt'
  /** When the entry was last changed. */
  | 'updatedAt';

/** The fields of Person entries whose distinct values can be counted. */
export type PersonDistinctField =
  /** Name affix. */
  | 'affix'
  /** Family name. */
  | 'familyName'
  /** Form of address. */
  | 'formOfAddress'
  /** Gender. */
  | 'gender'
  /** Given name. */
  | 'givenName'
  /** The full name as published. */
  | 'name'
  /** Phone. */
  | 'phone'
  /** OParl status: the office held, such as "Mayor". */
  | 'publicRole'
  /** Title. */
  | 'title';

/** A Person in a page, with its cursor (Relay edge). */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Resumes the list after this entry: pass it as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: Person;
};

/** Filters on Person, with Strapi's operators. */
export type PersonFiltersInput = {
  /** Conditions on affix. */
  affix?: InputMaybe<StringFilterInput>;
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<InputMaybe<PersonFiltersInput>>>;
  /** Conditions on when the entry was created. */
  createdAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on the documentId. */
  documentId?: InputMaybe<IdFilterInput>;
  /** Conditions on email. */
  email?: InputMaybe<StringFilterInput>;
  /** Conditions on familyName. */
  familyName?: InputMaybe<StringFilterInput>;
  /** Conditions on formOfAddress. */
  formOfAddress?: InputMaybe<StringFilterInput>;
  /** Conditions on gender. */
  gender?: InputMaybe<GenderFilterInput>;
  /** Conditions on givenName. */
  givenName?: InputMaybe<StringFilterInput>;
  /** Conditions on the Membership entries of memberships. */
  memberships?: InputMaybe<MembershipFiltersInput>;
  /** Conditions on name. */
  name?: InputMaybe<StringFilterInput>;
  /** This filter does not match. */
  not?: InputMaybe<PersonFiltersInput>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<InputMaybe<PersonFiltersInput>>>;
  /** Conditions on the Paper entries of originatedPapers. */
  originatedPapers?: InputMaybe<PaperFiltersInput>;
  /** Conditions on phone. */
  phone?: InputMaybe<StringFilterInput>;
  /** Conditions on publicRole. */
  publicRole?: InputMaybe<StringFilterInput>;
  /** Conditions on when the entry was last published. */
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on title. */
  title?: InputMaybe<StringFilterInput>;
  /** Conditions on when the entry was last changed. */
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

/** One way to group Person entries: exactly one of field, date (with its bucket) or townGroup. */
export type PersonGroupBy = {
  /** The period of a date group: MONTH when not given. */
  bucket?: InputMaybe<TimeBucket>;
  /** A date field: the groups are periods of it, in Brussels time (entries without one, or with a value that is not a date, make the group whose value is null). */
  date?: InputMaybe<PersonDateField>;
  /** A field whose values make the groups. */
  field?: InputMaybe<PersonGroupField>;
  /** A kind of the towns' groups, e.g. "province": the groups are its codes (a town outside any: null). */
  townGroup?: InputMaybe<Scalars['String']['input']>;
};

/** What Person entries can be grouped by: town, a vocabulary (its code; a list of codes: each code it holds, so an entry may count in several groups), a yes/no, a link to one entry (its documentId). */
export type PersonGroupField =
  /** Gender. */
  | 'gender'
  /** The town the entry comes from. */
  | 'town';

/** One term of the order of a list of Person; ties are broken by documentId. */
export type PersonOrder = {
  /** ASC (the default) or DESC. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: PersonOrderField;
};

/** Fields a list of Person can be ordered by. */
export type PersonOrderField =
  /** By affix. */
  | 'affix'
  /** By createdAt. */
  | 'createdAt'
  /** By email. */
  | 'email'
  /** By familyName. */
  | 'familyName'
  /** By formOfAddress. */
  | 'formOfAddress'
  /** By gender. */
  | 'gender'
  /** By givenName. */
  | 'givenName'
  /** By name. */
  | 'name'
  /** By phone. */
  | 'phone'
  /** By publicRole. */
  | 'publicRole'
  /** By publishedAt. */
  | 'publishedAt'
  /** By title. */
  | 'title'
  /** By updatedAt. */
  | 'updatedAt';

/** A telephone number with what it is for (reception, emergencies, ...). */
export type Phone = {
  __typename?: 'Phone';
  /** The phone's label. */
  label?: Maybe<Scalars['String']['output']>;
  /** The phone's number. */
  number: Scalars['String']['output'];
};

/** A directory entry: an organisation, a department of the town or a facility, with how to reach it. */
export type Place = Node & {
  __typename?: 'Place';
  /** Inverse of place.parent. */
  children: Array<Place>;
  /** ISO 3166-1 alpha-2. */
  country?: Maybe<Scalars['String']['output']>;
  /** When the entry was created in its town. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The place's description (Markdown). */
  description?: Maybe<Scalars['String']['output']>;
  /** The entry's documentId in its town's Strapi. */
  documentId: Scalars['ID']['output'];
  /** The place's emails (EmailAddress values). */
  emails: Array<EmailAddress>;
  /** The place's geo (a WGS 84 position). */
  geo?: Maybe<GeoPoint>;
  /** Globally unique and stable: encodes the town, the kind, the documentId and, for a localized kind, the locale the entry was read in. Fetch it again with node(id). */
  id: Scalars['ID']['output'];
  /** The place's image (a file). */
  image?: Maybe<MediaFile>;
  /** The locale the localized fields were taken from (after fallback). */
  locale?: Maybe<Scalars['String']['output']>;
  /** The place's locality. */
  locality?: Maybe<Scalars['String']['output']>;
  /** The place's name. */
  name: Scalars['String']['output'];
  /** The place's opening hours (OpeningHoursSpecification values). */
  openingHours: Array<OpeningHoursSpecification>;
  /** The place's parent (a Place). */
  parent?: Maybe<Place>;
  /** The place's phones (Phone values). */
  phones: Array<Phone>;
  /** The place's place type (a PlaceType code). */
  placeType: PlaceType;
  /** The label of placeType's code; null when it has none. */
  placeTypeLabel?: Maybe<Scalars['String']['output']>;
  /** The place's postal code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** When the entry was last published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The place's street address. */
  streetAddress?: Maybe<Scalars['String']['output']>;
  /** The place's topics (Topic codes). */
  topics: Array<Topic>;
  /** The labels of topics's codes, in its order. */
  topicsLabels: Array<Scalars['String']['output']>;
  /** The town this entry comes from. */
  town: Town;
  /** When the entry was last changed in its town. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The place's website (a web address). */
  website?: Maybe<Scalars['String']['output']>;
};


/** A directory entry: an organisation, a department of the town or a facility, with how to reach it. */
export type PlacePlaceTypeLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A directory entry: an organisation, a department of the town or a facility, with how to reach it. */
export type PlaceTopicsLabelsArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** Place entries grouped and measured across towns, from the regional index (or counted live by one town: see source). */
export type PlaceAggregate = {
  __typename?: 'PlaceAggregate';
  /** True when every town asked is in the index and its last harvest succeeded. */
  complete: Scalars['Boolean']['output'];
  /** How current the figures are: each town's last harvest. */
  freshness: Freshness;
  /** The groups, sorted by their keys in turn (values, then the remainder of a top, then null). */
  groups: Array<PlaceAggregateGroup>;
  /** Towns asked for that the index cannot answer for (never harvested): not counted (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** INDEX: computed by the regional index; LIVE: counted by the one town asked, during this request. */
  source: DataSource;
  /** The deployment's minimum count (GATEWAY_AGGREGATE_MIN_COUNT): groups holding fewer entries are suppressed (count and measures null, suppressed true); null when nothing is suppressed. */
  suppressedBelow?: Maybe<Scalars['Int']['output']>;
  /** How many entries match, in all (an entry in several groups of a list of codes counts once here); null when fewer than suppressedBelow (from 1 to suppressedBelow - 1), as a group's count. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A group of Place entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type PlaceAggregateGroup = {
  __typename?: 'PlaceAggregateGroup';
  /** How many entries the group holds; null when the group is suppressed (see suppressed). */
  count?: Maybe<Scalars['Int']['output']>;
  /** When the group is suppressed: the count it is below (it holds from 1 to countBelow - 1 entries), for a "< countBelow" in its place; null otherwise. */
  countBelow?: Maybe<Scalars['Int']['output']>;
  /** How many distinct values of a field the group's entries hold (missing values not counted); null when the group is suppressed. */
  countDistinct?: Maybe<Scalars['Int']['output']>;
  /** The time from one date field to another, over the entries having both (e.g. from request to closure): its median, average or a percentile; null when no entry has both, or the group is suppressed. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** What the group stands for: one key per groupBy, in its order. */
  keys: Array<AggregateKey>;
  /** True when the group holds fewer entries than the deployment publishes (the answer's suppressedBelow): its count and every measure are withheld (null); its keys stay. */
  suppressed: Scalars['Boolean']['output'];
};


/** A group of Place entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type PlaceAggregateGroupCountDistinctArgs = {
  field: PlaceDistinctField;
};


/** A group of Place entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type PlaceAggregateGroupDurationArgs = {
  from: PlaceDateField;
  p?: InputMaybe<Scalars['Float']['input']>;
  statistic?: InputMaybe<DurationStatistic>;
  to: PlaceDateField;
  unit?: InputMaybe<DurationUnit>;
};

/** A page of Place entries (Relay connection). */
export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  /** True when every town asked answered, so that totalCount and the page cover them all; false when missingTowns is not empty (a failing town adds nothing to totalCount); from the index, false too when a town asked was never harvested or its last harvest failed. */
  complete: Scalars['Boolean']['output'];
  /** The page's entries, each with its cursor. */
  edges: Array<PlaceEdge>;
  /** How current the page is. */
  freshness: Freshness;
  /** Towns asked for whose data is missing from this page (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** The page's entries. */
  nodes: Array<Place>;
  /** Where the page stands in the list. */
  pageInfo: PageInfo;
  /** Where the page comes from: the towns, asked now (one town, or the gateway has no index), or the regional index (a region). */
  source: DataSource;
  /** Entries matching the filters, over every town asked. */
  totalCount: Scalars['Int']['output'];
};

/** The date and time fields of Place entries: periods to group by, and durations. */
export type PlaceDateField =
  /** When the entry was created. */
  | 'createdAt'
  /** When the entry was published. */
  | 'publishedAt'
  /** When the entry was last changed. */
  | 'updatedAt';

/** The fields of Place entries whose distinct values can be counted. */
export type PlaceDistinctField =
  /** ISO 3166-1 alpha-2. */
  | 'country'
  /** Town or village. */
  | 'locality'
  /** Name. */
  | 'name'
  /** Part of. */
  | 'parent'
  /** Kind. */
  | 'placeType'
  /** Postcode. */
  | 'postalCode'
  /** Street and number. */
  | 'streetAddress';

/** A Place in a page, with its cursor (Relay edge). */
export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  /** Resumes the list after this entry: pass it as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: Place;
};

/** Filters on Place, with Strapi's operators. */
export type PlaceFiltersInput = {
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<InputMaybe<PlaceFiltersInput>>>;
  /** Conditions on the Place entries of children. */
  children?: InputMaybe<PlaceFiltersInput>;
  /** Conditions on country. */
  country?: InputMaybe<StringFilterInput>;
  /** Conditions on when the entry was created. */
  createdAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on the documentId. */
  documentId?: InputMaybe<IdFilterInput>;
  /** Conditions on geo. */
  geo?: InputMaybe<GeoPointFilterInput>;
  /** Conditions on locality. */
  locality?: InputMaybe<StringFilterInput>;
  /** Conditions on name. */
  name?: InputMaybe<StringFilterInput>;
  /** This filter does not match. */
  not?: InputMaybe<PlaceFiltersInput>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<InputMaybe<PlaceFiltersInput>>>;
  /** Conditions on the Place entries of parent. */
  parent?: InputMaybe<PlaceFiltersInput>;
  /** Conditions on placeType. */
  placeType?: InputMaybe<PlaceTypeFilterInput>;
  /** Conditions on postalCode. */
  postalCode?: InputMaybe<StringFilterInput>;
  /** Conditions on when the entry was last published. */
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on streetAddress. */
  streetAddress?: InputMaybe<StringFilterInput>;
  /** Conditions on topics. */
  topics?: InputMaybe<TopicListFilterInput>;
  /** Conditions on when the entry was last changed. */
  updatedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on website. */
  website?: InputMaybe<StringFilterInput>;
};

/** One way to group Place entries: exactly one of field, date (with its bucket) or townGroup. */
export type PlaceGroupBy = {
  /** The period of a date group: MONTH when not given. */
  bucket?: InputMaybe<TimeBucket>;
  /** A date field: the groups are periods of it, in Brussels time (entries without one, or with a value that is not a date, make the group whose value is null). */
  date?: InputMaybe<PlaceDateField>;
  /** A field whose values make the groups. */
  field?: InputMaybe<PlaceGroupField>;
  /** A kind of the towns' groups, e.g. "province": the groups are its codes (a town outside any: null). */
  townGroup?: InputMaybe<Scalars['String']['input']>;
};

/** What Place entries can be grouped by: town, a vocabulary (its code; a list of codes: each code it holds, so an entry may count in several groups), a yes/no, a link to one entry (its documentId). */
export type PlaceGroupField =
  /** Part of. */
  | 'parent'
  /** Kind, of the linked parent. */
  | 'parent_placeType'
  /** Kind. */
  | 'placeType'
  /** Topics. */
  | 'topics'
  /** The town the entry comes from. */
  | 'town';

/** One term of the order of a list of Place; ties are broken by documentId. */
export type PlaceOrder = {
  /** ASC (the default) or DESC. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: PlaceOrderField;
};

/** Fields a list of Place can be ordered by. */
export type PlaceOrderField =
  /** By country. */
  | 'country'
  /** By createdAt. */
  | 'createdAt'
  /** By locality. */
  | 'locality'
  /** By name. */
  | 'name'
  /** By placeType. */
  | 'placeType'
  /** By postalCode. */
  | 'postalCode'
  /** By publishedAt. */
  | 'publishedAt'
  /** By streetAddress. */
  | 'streetAddress'
  /** By updatedAt. */
  | 'updatedAt'
  /** By website. */
  | 'website';

/** What a directory entry is. */
export type PlaceType =
  /** Department */
  | 'department'
  /** Facility */
  | 'facility'
  /** Organisation */
  | 'organisation';

/** Conditions on a PlaceType code. */
export type PlaceTypeFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<PlaceType>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<PlaceType>>;
  /** Is not this code. */
  ne?: InputMaybe<PlaceType>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<PlaceType>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The public notice of a permit request, with its public inquiry and decision. */
export type PlanningApplication = Node & {
  __typename?: 'PlanningApplication';
  /** The planning application's application status (a ApplicationStatus code). */
  applicationStatus: ApplicationStatus;
  /** The label of applicationStatus's code; null when it has none. */
  applicationStatusLabel?: Maybe<Scalars['String']['output']>;
  /** The planning application's application type (a ApplicationType code). */
  applicationType: ApplicationType;
  /** The label of applicationType's code; null when it has none. */
  applicationTypeLabel?: Maybe<Scalars['String']['output']>;
  /** The planning application's cadastral parcels (CadastralParcel values). */
  cadastralParcels: Array<CadastralParcel>;
  /** The planning application's claims deadline (a calendar date). */
  claimsDeadline?: Maybe<Scalars['Date']['output']>;
  /** When the entry was created in its town. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The planning application's decision (a ApplicationDecision code). */
  decision?: Maybe<ApplicationDecision>;
  /** The planning application's decision date (a calendar date). */
  decisionDate?: Maybe<Scalars['Date']['output']>;
  /** The label of decision's code; null when it has none. */
  decisionLabel?: Maybe<Scalars['String']['output']>;
  /** The planning application's description (Markdown). */
  description?: Maybe<Scalars['String']['output']>;
  /** The entry's documentId in its town's Strapi. */
  documentId: Scalars['ID']['output'];
  /** The planning application's documents (files). */
  documents: Array<MediaFile>;
  /** The planning application's geo (a WGS 84 position). */
  geo?: Maybe<GeoPoint>;
  /** Globally unique and stable: encodes the town, the kind, the documentId and, for a localized kind, the locale the entry was read in. Fetch it again with node(id). */
  id: Scalars['ID']['output'];
  /** The planning application's inquiry end (a calendar date). */
  inquiryEnd?: Maybe<Scalars['Date']['output']>;
  /** The planning application's inquiry start (a calendar date). */
  inquiryStart?: Maybe<Scalars['Date']['output']>;
  /** The locale the localized fields were taken from (after fallback). */
  locale?: Maybe<Scalars['String']['output']>;
  /** The planning application's locality. */
  locality?: Maybe<Scalars['String']['output']>;
  /** The planning application's postal code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** When the entry was last published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The planning application's reference. */
  reference: Scalars['String']['output'];
  /** The planning application's street address. */
  streetAddress?: Maybe<Scalars['String']['output']>;
  /** The planning application's submission date (a calendar date). */
  submissionDate: Scalars['Date']['output'];
  /** The planning application's title. */
  title: Scalars['String']['output'];
  /** The town this entry comes from. */
  town: Town;
  /** When the entry was last changed in its town. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** The public notice of a permit request, with its public inquiry and decision. */
export type PlanningApplicationApplicationStatusLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** The public notice of a permit request, with its public inquiry and decision. */
export type PlanningApplicationApplicationTypeLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** The public notice of a permit request, with its public inquiry and decision. */
export type PlanningApplicationDecisionLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** PlanningApplication entries grouped and measured across towns, from the regional index (or counted live by one town: see source). */
export type PlanningApplicationAggregate = {
  __typename?: 'PlanningApplicationAggregate';
  /** True when every town asked is in the index and its last harvest succeeded. */
  complete: Scalars['Boolean']['output'];
  /** How current the figures are: each town's last harvest. */
  freshness: Freshness;
  /** The groups, sorted by their keys in turn (values, then the remainder of a top, then null). */
  groups: Array<PlanningApplicationAggregateGroup>;
  /** Towns asked for that the index cannot answer for (never harvested): not counted (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** INDEX: computed by the regional index; LIVE: counted by the one town asked, during this request. */
  source: DataSource;
  /** The deployment's minimum count (GATEWAY_AGGREGATE_MIN_COUNT): groups holding fewer entries are suppressed (count and measures null, suppressed true); null when nothing is suppressed. */
  suppressedBelow?: Maybe<Scalars['Int']['output']>;
  /** How many entries match, in all (an entry in several groups of a list of codes counts once here); null when fewer than suppressedBelow (from 1 to suppressedBelow - 1), as a group's count. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A group of PlanningApplication entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type PlanningApplicationAggregateGroup = {
  __typename?: 'PlanningApplicationAggregateGroup';
  /** How many entries the group holds; null when the group is suppressed (see suppressed). */
  count?: Maybe<Scalars['Int']['output']>;
  /** When the group is suppressed: the count it is below (it holds from 1 to countBelow - 1 entries), for a "< countBelow" in its place; null otherwise. */
  countBelow?: Maybe<Scalars['Int']['output']>;
  /** How many distinct values of a field the group's entries hold (missing values not counted); null when the group is suppressed. */
  countDistinct?: Maybe<Scalars['Int']['output']>;
  /** The time from one date field to another, over the entries having both (e.g. from request to closure): its median, average or a percentile; null when no entry has both, or the group is suppressed. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** What the group stands for: one key per groupBy, in its order. */
  keys: Array<AggregateKey>;
  /** True when the group holds fewer entries than the deployment publishes (the answer's suppressedBelow): its count and every measure are withheld (null); its keys stay. */
  suppressed: Scalars['Boolean']['output'];
};


/** A group of PlanningApplication entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type PlanningApplicationAggregateGroupCountDistinctArgs = {
  field: PlanningApplicationDistinctField;
};


/** A group of PlanningApplication entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type PlanningApplicationAggregateGroupDurationArgs = {
  from: PlanningApplicationDateField;
  p?: InputMaybe<Scalars['Float']['input']>;
  statistic?: InputMaybe<DurationStatistic>;
  to: PlanningApplicationDateField;
  unit?: InputMaybe<DurationUnit>;
};

/** A page of PlanningApplication entries (Relay connection). */
export type PlanningApplicationConnection = {
  __typename?: 'PlanningApplicationConnection';
  /** True when every town asked answered, so that totalCount and the page cover them all; false when missingTowns is not empty (a failing town adds nothing to totalCount); from the index, false too when a town asked was never harvested or its last harvest failed. */
  complete: Scalars['Boolean']['output'];
  /** The page's entries, each with its cursor. */
  edges: Array<PlanningApplicationEdge>;
  /** How current the page is. */
  freshness: Freshness;
  /** Towns asked for whose data is missing from this page (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** The page's entries. */
  nodes: Array<PlanningApplication>;
  /** Where the page stands in the list. */
  pageInfo: PageInfo;
  /** Where the page comes from: the towns, asked now (one town, or the gateway has no index), or the regional index (a region). */
  source: DataSource;
  /** Entries matching the filters, over every town asked. */
  totalCount: Scalars['Int']['output'];
};

/** The date and time fields of PlanningApplication entries: periods to group by, and durations. */
export type PlanningApplicationDateField =
  /** Objections until. */
  | 'claimsDeadline'
  /** When the entry was created. */
  | 'createdAt'
  /** Decided on. */
  | 'decisionDate'
  /** Public inquiry ends. */
  | 'inquiryEnd'
  /** Public inquiry starts. */
  | 'inquiryStart'
  /** When the entry was published. */
  | 'publishedAt'
  /** Submitted on. */
  | 'submissionDate'
  /** When the entry was last changed. */
  | 'updatedAt';

/** The fields of PlanningApplication entries whose distinct values can be counted. */
export type PlanningApplicationDistinctField =
  /** Stage. */
  | 'applicationStatus'
  /** Kind of permit. */
  | 'applicationType'
  /** Objections until. */
  | 'claimsDeadline'
  /** Decision. */
  | 'decision'
  /** Decided on. */
  | 'decisionDate'
  /** Public inquiry ends. */
  | 'inquiryEnd'
  /** Public inquiry starts. */
  | 'inquiryStart'
  /** Town or village. */
  | 'locality'
  /** Postcode. */
  | 'postalCode'
  /** Reference. */
  | 'reference'
  /** Street and number. */
  | 'streetAddress'
  /** Submitted on. */
  | 'submissionDate'
  /** What is asked for. */
  | 'title';

/** A PlanningApplication in a page, with its cursor (Relay edge). */
export type PlanningApplicationEdge = {
  __typename?: 'PlanningApplicationEdge';
  /** Resumes the list after this entry: pass it as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: PlanningApplication;
};

/** Filters on PlanningApplication, with Strapi's operators. */
export type PlanningApplicationFiltersInput = {
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<InputMaybe<PlanningApplicationFiltersInput>>>;
  /** Conditions on applicationStatus. */
  applicationStatus?: InputMaybe<ApplicationStatusFilterInput>;
  /** Conditions on applicationType. */
  applicationType?: InputMaybe<ApplicationTypeFilterInput>;
  /** Conditions on claimsDeadline. */
  claimsDeadline?: InputMaybe<DateFilterInput>;
  /** Conditions on when the entry was created. */
  createdAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on decision. */
  decision?: InputMaybe<ApplicationDecisionFilterInput>;
  /** Conditions on decisionDate. */
  decisionDate?: InputMaybe<DateFilterInput>;
  /** Conditions on the documentId. */
  documentId?: InputMaybe<IdFilterInput>;
  /** Conditions on geo. */
  geo?: InputMaybe<GeoPointFilterInput>;
  /** Conditions on inquiryEnd. */
  inquiryEnd?: InputMaybe<DateFilterInput>;
  /** Conditions on inquiryStart. */
  inquiryStart?: InputMaybe<DateFilterInput>;
  /** Conditions on locality. */
  locality?: InputMaybe<StringFilterInput>;
  /** This filter does not match. */
  not?: InputMaybe<PlanningApplicationFiltersInput>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<InputMaybe<PlanningApplicationFiltersInput>>>;
  /** Conditions on postalCode. */
  postalCode?: InputMaybe<StringFilterInput>;
  /** Conditions on when the entry was last published. */
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on reference. */
  reference?: InputMaybe<StringFilterInput>;
  /** Conditions on streetAddress. */
  streetAddress?: InputMaybe<StringFilterInput>;
  /** Conditions on submissionDate. */
  submissionDate?: InputMaybe<DateFilterInput>;
  /** Conditions on title. */
  title?: InputMaybe<StringFilterInput>;
  /** Conditions on when the entry was last changed. */
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

/** One way to group PlanningApplication entries: exactly one of field, date (with its bucket) or townGroup. */
export type PlanningApplicationGroupBy = {
  /** The period of a date group: MONTH when not given. */
  bucket?: InputMaybe<TimeBucket>;
  /** A date field: the groups are periods of it, in Brussels time (entries without one, or with a value that is not a date, make the group whose value is null). */
  date?: InputMaybe<PlanningApplicationDateField>;
  /** A field whose values make the groups. */
  field?: InputMaybe<PlanningApplicationGroupField>;
  /** A kind of the towns' groups, e.g. "province": the groups are its codes (a town outside any: null). */
  townGroup?: InputMaybe<Scalars['String']['input']>;
};

/** What PlanningApplication entries can be grouped by: town, a vocabulary (its code; a list of codes: each code it holds, so an entry may count in several groups), a yes/no, a link to one entry (its documentId). */
export type PlanningApplicationGroupField =
  /** Stage. */
  | 'applicationStatus'
  /** Kind of permit. */
  | 'applicationType'
  /** Decision. */
  | 'decision'
  /** The town the entry comes from. */
  | 'town';

/** One term of the order of a list of PlanningApplication; ties are broken by documentId. */
export type PlanningApplicationOrder = {
  /** ASC (the default) or DESC. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: PlanningApplicationOrderField;
};

/** Fields a list of PlanningApplication can be ordered by. */
export type PlanningApplicationOrderField =
  /** By applicationStatus. */
  | 'applicationStatus'
  /** By applicationType. */
  | 'applicationType'
  /** By claimsDeadline. */
  | 'claimsDeadline'
  /** By createdAt. */
  | 'createdAt'
  /** By decision. */
  | 'decision'
  /** By decisionDate. */
  | 'decisionDate'
  /** By inquiryEnd. */
  | 'inquiryEnd'
  /** By inquiryStart. */
  | 'inquiryStart'
  /** By locality. */
  | 'locality'
  /** By postalCode. */
  | 'postalCode'
  /** By publishedAt. */
  | 'publishedAt'
  /** By reference. */
  | 'reference'
  /** By streetAddress. */
  | 'streetAddress'
  /** By submissionDate. */
  | 'submissionDate'
  /** By title. */
  | 'title'
  /** By updatedAt. */
  | 'updatedAt';

/** A service the town provides: what it is, who it is for, what it costs, how to get it. */
export type PublicService = Node & {
  __typename?: 'PublicService';
  /** The public service's audiences (Audience codes). */
  audiences: Array<Audience>;
  /** The labels of audiences's codes, in its order. */
  audiencesLabels: Array<Scalars['String']['output']>;
  /** The public service's channels (Channel values). */
  channels: Array<Channel>;
  /** A stable identifier, e.g. "identity-card". */
  code: Scalars['String']['output'];
  /** The public service's contact point (a ContactPoint). */
  contactPoint?: Maybe<ContactPoint>;
  /** The public service's cost (a Cost). */
  cost?: Maybe<Cost>;
  /** When the entry was created in its town. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The public service's description (Markdown). */
  description?: Maybe<Scalars['String']['output']>;
  /** The entry's documentId in its town's Strapi. */
  documentId: Scalars['ID']['output'];
  /** The public service's documents to bring (RequiredDocument values). */
  documentsToBring: Array<RequiredDocument>;
  /** Globally unique and stable: encodes the town, the kind, the documentId and, for a localized kind, the locale the entry was read in. Fetch it again with node(id). */
  id: Scalars['ID']['output'];
  /** The public service's legal basis (Link values). */
  legalBasis: Array<Link>;
  /** The public service's life events (LifeEvent codes). */
  lifeEvents: Array<LifeEvent>;
  /** The labels of lifeEvents's codes, in its order. */
  lifeEventsLabels: Array<Scalars['String']['output']>;
  /** The locale the localized fields were taken from (after fallback). */
  locale?: Maybe<Scalars['String']['output']>;
  /** The public service's name. */
  name: Scalars['String']['output'];
  /** Where to do it online, when it can be. */
  onlineUrl?: Maybe<Scalars['String']['output']>;
  /** The public service's opening hours (OpeningHoursSpecification values). */
  openingHours: Array<OpeningHoursSpecification>;
  /** In words, e.g. "three weeks". */
  processingTime?: Maybe<Scalars['String']['output']>;
  /** When the entry was last published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The public service's summary. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The public service's topics (Topic codes). */
  topics: Array<Topic>;
  /** The labels of topics's codes, in its order. */
  topicsLabels: Array<Scalars['String']['output']>;
  /** The town this entry comes from. */
  town: Town;
  /** When the entry was last changed in its town. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A service the town provides: what it is, who it is for, what it costs, how to get it. */
export type PublicServiceAudiencesLabelsArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A service the town provides: what it is, who it is for, what it costs, how to get it. */
export type PublicServiceLifeEventsLabelsArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A service the town provides: what it is, who it is for, what it costs, how to get it. */
export type PublicServiceTopicsLabelsArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** PublicService entries grouped and measured across towns, from the regional index (or counted live by one town: see source). */
export type PublicServiceAggregate = {
  __typename?: 'PublicServiceAggregate';
  /** True when every town asked is in the index and its last harvest succeeded. */
  complete: Scalars['Boolean']['output'];
  /** How current the figures are: each town's last harvest. */
  freshness: Freshness;
  /** The groups, sorted by their keys in turn (values, then the remainder of a top, then null). */
  groups: Array<PublicServiceAggregateGroup>;
  /** Towns asked for that the index cannot answer for (never harvested): not counted (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** INDEX: computed by the regional index; LIVE: counted by the one town asked, during this request. */
  source: DataSource;
  /** The deployment's minimum count (GATEWAY_AGGREGATE_MIN_COUNT): groups holding fewer entries are suppressed (count and measures null, suppressed true); null when nothing is suppressed. */
  suppressedBelow?: Maybe<Scalars['Int']['output']>;
  /** How many entries match, in all (an entry in several groups of a list of codes counts once here); null when fewer than suppressedBelow (from 1 to suppressedBelow - 1), as a group's count. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A group of PublicService entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type PublicServiceAggregateGroup = {
  __typename?: 'PublicServiceAggregateGroup';
  /** How many entries the group holds; null when the group is suppressed (see suppressed). */
  count?: Maybe<Scalars['Int']['output']>;
  /** When the group is suppressed: the count it is below (it holds from 1 to countBelow - 1 entries), for a "< countBelow" in its place; null otherwise. */
  countBelow?: Maybe<Scalars['Int']['output']>;
  /** How many distinct values of a field the group's entries hold (missing values not counted); null when the group is suppressed. */
  countDistinct?: Maybe<Scalars['Int']['output']>;
  /** The time from one date field to another, over the entries having both (e.g. from request to closure): its median, average or a percentile; null when no entry has both, or the group is suppressed. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** What the group stands for: one key per groupBy, in its order. */
  keys: Array<AggregateKey>;
  /** True when the group holds fewer entries than the deployment publishes (the answer's suppressedBelow): its count and every measure are withheld (null); its keys stay. */
  suppressed: Scalars['Boolean']['output'];
};


/** A group of PublicService entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type PublicServiceAggregateGroupCountDistinctArgs = {
  field: PublicServiceDistinctField;
};


/** A group of PublicService entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type PublicServiceAggregateGroupDurationArgs = {
  from: PublicServiceDateField;
  p?: InputMaybe<Scalars['Float']['input']>;
  statistic?: InputMaybe<DurationStatistic>;
  to: PublicServiceDateField;
  unit?: InputMaybe<DurationUnit>;
};

/** A page of PublicService entries (Relay connection). */
export type PublicServiceConnection = {
  __typename?: 'PublicServiceConnection';
  /** True when every town asked answered, so that totalCount and the page cover them all; false when missingTowns is not empty (a failing town adds nothing to totalCount); from the index, false too when a town asked was never harvested or its last harvest failed. */
  complete: Scalars['Boolean']['output'];
  /** The page's entries, each with its cursor. */
  edges: Array<PublicServiceEdge>;
  /** How current the page is. */
  freshness: Freshness;
  /** Towns asked for whose data is missing from this page (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** The page's entries. */
  nodes: Array<PublicService>;
  /** Where the page stands in the list. */
  pageInfo: PageInfo;
  /** Where the page comes from: the towns, asked now (one town, or the gateway has no index), or the regional index (a region). */
  source: DataSource;
  /** Entries matching the filters, over every town asked. */
  totalCount: Scalars['Int']['output'];
};

/** The date and time fields of PublicService entries: periods to group by, and durations. */
export type PublicServiceDateField =
  /** When the entry was created. */
  | 'createdAt'
  /** When the entry was published. */
  | 'publishedAt'
  /** When the entry was last changed. */
  | 'updatedAt';

/** The fields of PublicService entries whose distinct values can be counted. */
export type PublicServiceDistinctField =
  /** A stable identifier, e.g. "identity-card". */
  | 'code'
  /** Name. */
  | 'name'
  /** In words, e.g. "three weeks". */
  | 'processingTime';

/** A PublicService in a page, with its cursor (Relay edge). */
export type PublicServiceEdge = {
  __typename?: 'PublicServiceEdge';
  /** Resumes the list after this entry: pass it as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: PublicService;
};

/** Filters on PublicService, with Strapi's operators. */
export type PublicServiceFiltersInput = {
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<InputMaybe<PublicServiceFiltersInput>>>;
  /** Conditions on audiences. */
  audiences?: InputMaybe<AudienceListFilterInput>;
  /** Conditions on code. */
  code?: InputMaybe<StringFilterInput>;
  /** Conditions on when the entry was created. */
  createdAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on the documentId. */
  documentId?: InputMaybe<IdFilterInput>;
  /** Conditions on lifeEvents. */
  lifeEvents?: InputMaybe<LifeEventListFilterInput>;
  /** Conditions on name. */
  name?: InputMaybe<StringFilterInput>;
  /** This filter does not match. */
  not?: InputMaybe<PublicServiceFiltersInput>;
  /** Conditions on onlineUrl. */
  onlineUrl?: InputMaybe<StringFilterInput>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<InputMaybe<PublicServiceFiltersInput>>>;
  /** Conditions on processingTime. */
  processingTime?: InputMaybe<StringFilterInput>;
  /** Conditions on when the entry was last published. */
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on summary. */
  summary?: InputMaybe<StringFilterInput>;
  /** Conditions on topics. */
  topics?: InputMaybe<TopicListFilterInput>;
  /** Conditions on when the entry was last changed. */
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

/** One way to group PublicService entries: exactly one of field, date (with its bucket) or townGroup. */
export type PublicServiceGroupBy = {
  /** The period of a date group: MONTH when not given. */
  bucket?: InputMaybe<TimeBucket>;
  /** A date field: the groups are periods of it, in Brussels time (entries without one, or with a value that is not a date, make the group whose value is null). */
  date?: InputMaybe<PublicServiceDateField>;
  /** A field whose values make the groups. */
  field?: InputMaybe<PublicServiceGroupField>;
  /** A kind of the towns' groups, e.g. "province": the groups are its codes (a town outside any: null). */
  townGroup?: InputMaybe<Scalars['String']['input']>;
};

/** What PublicService entries can be grouped by: town, a vocabulary (its code; a list of codes: each code it holds, so an entry may count in several groups), a yes/no, a link to one entry (its documentId). */
export type PublicServiceGroupField =
  /** Who it is for. */
  | 'audiences'
  /** Life events. */
  | 'lifeEvents'
  /** Topics. */
  | 'topics'
  /** The town the entry comes from. */
  | 'town';

/** One term of the order of a list of PublicService; ties are broken by documentId. */
export type PublicServiceOrder = {
  /** ASC (the default) or DESC. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: PublicServiceOrderField;
};

/** Fields a list of PublicService can be ordered by. */
export type PublicServiceOrderField =
  /** By code. */
  | 'code'
  /** By createdAt. */
  | 'createdAt'
  /** By name. */
  | 'name'
  /** By onlineUrl. */
  | 'onlineUrl'
  /** By processingTime. */
  | 'processingTime'
  /** By publishedAt. */
  | 'publishedAt'
  /** By summary. */
  | 'summary'
  /** By updatedAt. */
  | 'updatedAt';

/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type Query = {
  __typename?: 'Query';
  /** AgendaItem entries of the towns asked, merged across towns in the requested order; each node in the locale it was read in. */
  agendaItems: AgendaItemConnection;
  /** AgendaItem entries of the towns asked, grouped and measured in one read of the regional index, or for one town counted live (see source; a BAD_USER_INPUT error names what it cannot group or filter by; INDEX_UNAVAILABLE for what only an index answers, on a gateway without one). */
  agendaItemsAggregate: AgendaItemAggregate;
  /** Alert entries of the towns asked, merged across towns in the requested order; each node in the locale it was read in. */
  alerts: AlertConnection;
  /** Alert entries of the towns asked, grouped and measured in one read of the regional index, or for one town counted live (see source; a BAD_USER_INPUT error names what it cannot group or filter by; INDEX_UNAVAILABLE for what only an index answers, on a gateway without one). */
  alertsAggregate: AlertAggregate;
  /** Event entries of the towns asked, merged across towns in the requested order; each node in the locale it was read in. */
  events: EventConnection;
  /** Event entries of the towns asked, grouped and measured in one read of the regional index, or for one town counted live (see source; a BAD_USER_INPUT error names what it cannot group or filter by; INDEX_UNAVAILABLE for what only an index answers, on a gateway without one). */
  eventsAggregate: EventAggregate;
  /** Every group the registry's towns belong to, sorted by kind and code. */
  groups: Array<TownGroup>;
  /** Meeting entries of the towns asked, merged across towns in the requested order; each node in the locale it was read in. */
  meetings: MeetingConnection;
  /** Meeting entries of the towns asked, grouped and measured in one read of the regional index, or for one town counted live (see source; a BAD_USER_INPUT error names what it cannot group or filter by; INDEX_UNAVAILABLE for what only an index answers, on a gateway without one). */
  meetingsAggregate: MeetingAggregate;
  /** Membership entries of the towns asked, merged across towns in the requested order; each node in the locale it was read in. */
  memberships: MembershipConnection;
  /** Membership entries of the towns asked, grouped and measured in one read of the regional index, or for one town counted live (see source; a BAD_USER_INPUT error names what it cannot group or filter by; INDEX_UNAVAILABLE for what only an index answers, on a gateway without one). */
  membershipsAggregate: MembershipAggregate;
  /** NewsItem entries of the towns asked, merged across towns in the requested order; each node in the locale it was read in. */
  newsItems: NewsItemConnection;
  /** NewsItem entries of the towns asked, grouped and measured in one read of the regional index, or for one town counted live (see source; a BAD_USER_INPUT error names what it cannot group or filter by; INDEX_UNAVAILABLE for what only an index answers, on a gateway without one). */
  newsItemsAggregate: NewsItemAggregate;
  /**
   * Any object by its global id (Relay): an entry, in the locale its id names, or a Town. Null
   * when there is no such object or it is not public: an unknown town or kind, a draft, an
   * entry the town does not publish in that locale. An id this gateway did not issue is a
   * BAD_USER_INPUT error. An entry's id from before locales were part of ids reads the town's
   * default locale (the answer's id then names it).
   */
  node?: Maybe<Node>;
  /** Several objects by global id, as node(id) reads each: in the order of ids, null where there is none. */
  nodes: Array<Maybe<Node>>;
  /** Organization entries of the towns asked, merged across towns in the requested order; each node in the locale it was read in. */
  organizations: OrganizationConnection;
  /** Organization entries of the towns asked, grouped and measured in one read of the regional index, or for one town counted live (see source; a BAD_USER_INPUT error names what it cannot group or filter by; INDEX_UNAVAILABLE for what only an index answers, on a gateway without one). */
  organizationsAggregate: OrganizationAggregate;
  /** Paper entries of the towns asked, merged across towns in the requested order; each node in the locale it was read in. */
  papers: PaperConnection;
  /** Paper entries of the towns asked, grouped and measured in one read of the regional index, or for one town counted live (see source; a BAD_USER_INPUT error names what it cannot group or filter by; INDEX_UNAVAILABLE for what only an index answers, on a gateway without one). */
  papersAggregate: PaperAggregate;
  /** Person entries of the towns asked, merged across towns in the requested order; each node in the locale it was read in. */
  people: PersonConnection;
  /** Person entries of the towns asked, grouped and measured in one read of the regional index, or for one town counted live (see source; a BAD_USER_INPUT error names what it cannot group or filter by; INDEX_UNAVAILABLE for what only an index answers, on a gateway without one). */
  peopleAggregate: PersonAggregate;
  /** Place entries of the towns asked, merged across towns in the requested order; each node in the locale it was read in. */
  places: PlaceConnection;
  /** Place entries of the towns asked, grouped and measured in one read of the regional index, or for one town counted live (see source; a BAD_USER_INPUT error names what it cannot group or filter by; INDEX_UNAVAILABLE for what only an index answers, on a gateway without one). */
  placesAggregate: PlaceAggregate;
  /** PlanningApplication entries of the towns asked, merged across towns in the requested order; each node in the locale it was read in. */
  planningApplications: PlanningApplicationConnection;
  /** PlanningApplication entries of the towns asked, grouped and measured in one read of the regional index, or for one town counted live (see source; a BAD_USER_INPUT error names what it cannot group or filter by; INDEX_UNAVAILABLE for what only an index answers, on a gateway without one). */
  planningApplicationsAggregate: PlanningApplicationAggregate;
  /** PublicService entries of the towns asked, merged across towns in the requested order; each node in the locale it was read in. */
  publicServices: PublicServiceConnection;
  /** PublicService entries of the towns asked, grouped and measured in one read of the regional index, or for one town counted live (see source; a BAD_USER_INPUT error names what it cannot group or filter by; INDEX_UNAVAILABLE for what only an index answers, on a gateway without one). */
  publicServicesAggregate: PublicServiceAggregate;
  /**
   * Text search across kinds and towns, ranked by where the words appear (accents and case do not
   * matter). Over more than one town with a regional index: the index's full-text search in each
   * town's locale (words stemmed), every match counted. Otherwise each town gives at most 50
   * matches per kind, which are ranked together and paged.
   */
  search: SearchConnection;
  /** ServiceRequest entries of the towns asked, merged across towns in the requested order; each node in the locale it was read in. */
  serviceRequests: ServiceRequestConnection;
  /** ServiceRequest entries of the towns asked, grouped and measured in one read of the regional index, or for one town counted live (see source; a BAD_USER_INPUT error names what it cannot group or filter by; INDEX_UNAVAILABLE for what only an index answers, on a gateway without one). */
  serviceRequestsAggregate: ServiceRequestAggregate;
  /** ServiceType entries of the towns asked, merged across towns in the requested order; each node in the locale it was read in. */
  serviceTypes: ServiceTypeConnection;
  /** ServiceType entries of the towns asked, grouped and measured in one read of the regional index, or for one town counted live (see source; a BAD_USER_INPUT error names what it cannot group or filter by; INDEX_UNAVAILABLE for what only an index answers, on a gateway without one). */
  serviceTypesAggregate: ServiceTypeAggregate;
  /** One town of the registry; null when the registry lists no such town. */
  town?: Maybe<Town>;
  /** The registry's towns, optionally those of one group. */
  towns: Array<Town>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryAgendaItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<AgendaItemFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<AgendaItemOrder>>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryAgendaItemsAggregateArgs = {
  filters?: InputMaybe<AgendaItemFiltersInput>;
  group?: InputMaybe<Scalars['String']['input']>;
  groupBy?: InputMaybe<Array<AgendaItemGroupBy>>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<DataSource>;
  top?: InputMaybe<AggregateTop>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<AlertFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<AlertOrder>>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryAlertsAggregateArgs = {
  filters?: InputMaybe<AlertFiltersInput>;
  group?: InputMaybe<Scalars['String']['input']>;
  groupBy?: InputMaybe<Array<AlertGroupBy>>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<DataSource>;
  top?: InputMaybe<AggregateTop>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<EventFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<EventOrder>>;
  shared?: InputMaybe<Scalars['Boolean']['input']>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryEventsAggregateArgs = {
  filters?: InputMaybe<EventFiltersInput>;
  group?: InputMaybe<Scalars['String']['input']>;
  groupBy?: InputMaybe<Array<EventGroupBy>>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  occurrences?: InputMaybe<OccurrenceRange>;
  source?: InputMaybe<DataSource>;
  top?: InputMaybe<AggregateTop>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<MeetingFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<MeetingOrder>>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryMeetingsAggregateArgs = {
  filters?: InputMaybe<MeetingFiltersInput>;
  group?: InputMaybe<Scalars['String']['input']>;
  groupBy?: InputMaybe<Array<MeetingGroupBy>>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<DataSource>;
  top?: InputMaybe<AggregateTop>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<MembershipFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<MembershipOrder>>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryMembershipsAggregateArgs = {
  filters?: InputMaybe<MembershipFiltersInput>;
  group?: InputMaybe<Scalars['String']['input']>;
  groupBy?: InputMaybe<Array<MembershipGroupBy>>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<DataSource>;
  top?: InputMaybe<AggregateTop>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryNewsItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<NewsItemFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<NewsItemOrder>>;
  shared?: InputMaybe<Scalars['Boolean']['input']>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryNewsItemsAggregateArgs = {
  filters?: InputMaybe<NewsItemFiltersInput>;
  group?: InputMaybe<Scalars['String']['input']>;
  groupBy?: InputMaybe<Array<NewsItemGroupBy>>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<DataSource>;
  top?: InputMaybe<AggregateTop>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<OrganizationFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<OrganizationOrder>>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryOrganizationsAggregateArgs = {
  filters?: InputMaybe<OrganizationFiltersInput>;
  group?: InputMaybe<Scalars['String']['input']>;
  groupBy?: InputMaybe<Array<OrganizationGroupBy>>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<DataSource>;
  top?: InputMaybe<AggregateTop>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryPapersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<PaperFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<PaperOrder>>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryPapersAggregateArgs = {
  filters?: InputMaybe<PaperFiltersInput>;
  group?: InputMaybe<Scalars['String']['input']>;
  groupBy?: InputMaybe<Array<PaperGroupBy>>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<DataSource>;
  top?: InputMaybe<AggregateTop>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<PersonFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<PersonOrder>>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryPeopleAggregateArgs = {
  filters?: InputMaybe<PersonFiltersInput>;
  group?: InputMaybe<Scalars['String']['input']>;
  groupBy?: InputMaybe<Array<PersonGroupBy>>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<DataSource>;
  top?: InputMaybe<AggregateTop>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<PlaceFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<PlaceOrder>>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryPlacesAggregateArgs = {
  filters?: InputMaybe<PlaceFiltersInput>;
  group?: InputMaybe<Scalars['String']['input']>;
  groupBy?: InputMaybe<Array<PlaceGroupBy>>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<DataSource>;
  top?: InputMaybe<AggregateTop>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryPlanningApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<PlanningApplicationFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<PlanningApplicationOrder>>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryPlanningApplicationsAggregateArgs = {
  filters?: InputMaybe<PlanningApplicationFiltersInput>;
  group?: InputMaybe<Scalars['String']['input']>;
  groupBy?: InputMaybe<Array<PlanningApplicationGroupBy>>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<DataSource>;
  top?: InputMaybe<AggregateTop>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryPublicServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<PublicServiceFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<PublicServiceOrder>>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryPublicServicesAggregateArgs = {
  filters?: InputMaybe<PublicServiceFiltersInput>;
  group?: InputMaybe<Scalars['String']['input']>;
  groupBy?: InputMaybe<Array<PublicServiceGroupBy>>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<DataSource>;
  top?: InputMaybe<AggregateTop>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<ContentKind>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  text: Scalars['String']['input'];
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryServiceRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<ServiceRequestFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<ServiceRequestOrder>>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryServiceRequestsAggregateArgs = {
  filters?: InputMaybe<ServiceRequestFiltersInput>;
  group?: InputMaybe<Scalars['String']['input']>;
  groupBy?: InputMaybe<Array<ServiceRequestGroupBy>>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<DataSource>;
  top?: InputMaybe<AggregateTop>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryServiceTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<ServiceTypeFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<ServiceTypeOrder>>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryServiceTypesAggregateArgs = {
  filters?: InputMaybe<ServiceTypeFiltersInput>;
  group?: InputMaybe<Scalars['String']['input']>;
  groupBy?: InputMaybe<Array<ServiceTypeGroupBy>>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<DataSource>;
  top?: InputMaybe<AggregateTop>;
  towns?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryTownArgs = {
  code: Scalars['String']['input'];
};


/** The gateway's entry points: towns and groups, each kind's list across towns, any object by id, and search. */
export type QueryTownsArgs = {
  group?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Array<MemberKind>>;
};

/** Open311 request status. */
export type RequestStatus =
  /** Closed */
  | 'closed'
  /** Open */
  | 'open';

/** Conditions on a RequestStatus code. */
export type RequestStatusFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<RequestStatus>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<RequestStatus>>;
  /** Is not this code. */
  ne?: InputMaybe<RequestStatus>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<RequestStatus>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A document to bring. */
export type RequiredDocument = {
  __typename?: 'RequiredDocument';
  /** The required document's description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The required document's name. */
  name: Scalars['String']['output'];
};

/** A page of search matches, best first (Relay connection). */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** True when every town asked answered, so that totalCount and the matches cover them all; false when missingTowns is not empty. */
  complete: Scalars['Boolean']['output'];
  /** The matches of the page, each with its cursor and score. */
  edges: Array<SearchEdge>;
  /** How current the matches are. */
  freshness: Freshness;
  /** Towns asked for whose matches are missing (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** The entries of the page, in the order of edges (without scores). */
  nodes: Array<Node>;
  /** Where the page stands in the matches. */
  pageInfo: PageInfo;
  /** Where the matches come from: the towns, asked now, or the regional index. */
  source: DataSource;
  /** How many matches in all: from the towns, across those that answered (at most 50 per town and kind); from the regional index, every match. */
  totalCount: Scalars['Int']['output'];
};

/** A search match: the entry and how well it matches. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Pass it as search's after to get the matches after this one. */
  cursor: Scalars['String']['output'];
  /** The entry found, in the locale it was read in. */
  node: Node;
  /** How well it matches: higher first. Words in the entry's name weigh most; only the order of scores means something. */
  score: Scalars['Float']['output'];
};

/** A question asked when a request of this type is made (Open311 attribute). */
export type ServiceAttribute = {
  __typename?: 'ServiceAttribute';
  /** The service attribute's code. */
  code: Scalars['String']['output'];
  /** The service attribute's datatype (a AttributeDatatype code). */
  datatype: AttributeDatatype;
  /** The service attribute's datatype description. */
  datatypeDescription?: Maybe<Scalars['String']['output']>;
  /** The service attribute's description. */
  description: Scalars['String']['output'];
  /** The service attribute's order (a whole number). */
  order?: Maybe<Scalars['Int']['output']>;
  /** The service attribute's required (true or false). */
  required?: Maybe<Scalars['Boolean']['output']>;
  /** The service attribute's values (ServiceAttributeValue values). */
  values: Array<ServiceAttributeValue>;
  /** False for an informational attribute that takes no answer. */
  variable?: Maybe<Scalars['Boolean']['output']>;
};

/** A choice of an Open311 list attribute. */
export type ServiceAttributeValue = {
  __typename?: 'ServiceAttributeValue';
  /** The service attribute value's key. */
  key: Scalars['String']['output'];
  /** The service attribute value's name. */
  name: Scalars['String']['output'];
};

/** The category shared by every town that a service type belongs to. */
export type ServiceCategory =
  /** Cleanliness and litter */
  | 'cleanliness'
  /** Parks and green spaces */
  | 'greenSpaces'
  /** Street lighting */
  | 'lighting'
  /** Noise and nuisance */
  | 'nuisance'
  /** Other */
  | 'other'
  /** Roads and pavements */
  | 'roads'
  /** Traffic signs and signals */
  | 'signage'
  /** Street furniture */
  | 'streetFurniture'
  /** Waste collection */
  | 'waste'
  /** Water and sewers */
  | 'water';

/** Conditions on a ServiceCategory code. */
export type ServiceCategoryFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<ServiceCategory>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<ServiceCategory>>;
  /** Is not this code. */
  ne?: InputMaybe<ServiceCategory>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<ServiceCategory>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Open311 service type: how requests are handled. */
export type ServiceKind =
  /** Batch */
  | 'batch'
  /** Black box */
  | 'blackbox'
  /** Real-time */
  | 'realtime';

/** Conditions on a ServiceKind code. */
export type ServiceKindFilterInput = {
  /** Is this code. */
  eq?: InputMaybe<ServiceKind>;
  /** Is one of these codes (at most 100). */
  in?: InputMaybe<Array<ServiceKind>>;
  /** Is not this code. */
  ne?: InputMaybe<ServiceKind>;
  /** Is none of these codes (at most 100). */
  notIn?: InputMaybe<Array<ServiceKind>>;
  /** With true, has a code. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no code. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A citizen's report of an issue in public space (Open311 request). */
export type ServiceRequest = Node & {
  __typename?: 'ServiceRequest';
  /** The service request's address. */
  address?: Maybe<Scalars['String']['output']>;
  /** The service request's address ID. */
  addressId?: Maybe<Scalars['String']['output']>;
  /** The service request's agency responsible. */
  agencyResponsible?: Maybe<Scalars['String']['output']>;
  /** Answers to the service type's attributes, by attribute code. */
  attributeValues?: Maybe<Scalars['JSON']['output']>;
  /** When the entry was created in its town. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The service request's description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The entry's documentId in its town's Strapi. */
  documentId: Scalars['ID']['output'];
  /** The service request's expected at (an instant). */
  expectedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The service request's geo (a WGS 84 position). */
  geo?: Maybe<GeoPoint>;
  /** Globally unique and stable: encodes the town, the kind, the documentId and, for a localized kind, the locale the entry was read in. Fetch it again with node(id). */
  id: Scalars['ID']['output'];
  /** The locale the localized fields were taken from (after fallback). */
  locale?: Maybe<Scalars['String']['output']>;
  /** The service request's media (files). */
  media: Array<MediaFile>;
  /** When the entry was last published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The service request's request status (a RequestStatus code). */
  requestStatus: RequestStatus;
  /** The label of requestStatus's code; null when it has none. */
  requestStatusLabel?: Maybe<Scalars['String']['output']>;
  /** The service request's requested at (an instant). */
  requestedAt: Scalars['DateTime']['output'];
  /** The service request's service notice. */
  serviceNotice?: Maybe<Scalars['String']['output']>;
  /** The service request's service type (a ServiceType). */
  serviceType?: Maybe<ServiceType>;
  /** Open311 updated_datetime. */
  statusChangedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The service request's status notes. */
  statusNotes?: Maybe<Scalars['String']['output']>;
  /** The town this entry comes from. */
  town: Town;
  /** When the entry was last changed in its town. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The service request's zipcode. */
  zipcode?: Maybe<Scalars['String']['output']>;
};


/** A citizen's report of an issue in public space (Open311 request). */
export type ServiceRequestRequestStatusLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** ServiceRequest entries grouped and measured across towns, from the regional index (or counted live by one town: see source). */
export type ServiceRequestAggregate = {
  __typename?: 'ServiceRequestAggregate';
  /** True when every town asked is in the index and its last harvest succeeded. */
  complete: Scalars['Boolean']['output'];
  /** How current the figures are: each town's last harvest. */
  freshness: Freshness;
  /** The groups, sorted by their keys in turn (values, then the remainder of a top, then null). */
  groups: Array<ServiceRequestAggregateGroup>;
  /** Towns asked for that the index cannot answer for (never harvested): not counted (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** INDEX: computed by the regional index; LIVE: counted by the one town asked, during this request. */
  source: DataSource;
  /** The deployment's minimum count (GATEWAY_AGGREGATE_MIN_COUNT): groups holding fewer entries are suppressed (count and measures null, suppressed true); null when nothing is suppressed. */
  suppressedBelow?: Maybe<Scalars['Int']['output']>;
  /** How many entries match, in all (an entry in several groups of a list of codes counts once here); null when fewer than suppressedBelow (from 1 to suppressedBelow - 1), as a group's count. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A group of ServiceRequest entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type ServiceRequestAggregateGroup = {
  __typename?: 'ServiceRequestAggregateGroup';
  /** How many entries the group holds; null when the group is suppressed (see suppressed). */
  count?: Maybe<Scalars['Int']['output']>;
  /** When the group is suppressed: the count it is below (it holds from 1 to countBelow - 1 entries), for a "< countBelow" in its place; null otherwise. */
  countBelow?: Maybe<Scalars['Int']['output']>;
  /** How many distinct values of a field the group's entries hold (missing values not counted); null when the group is suppressed. */
  countDistinct?: Maybe<Scalars['Int']['output']>;
  /** The time from one date field to another, over the entries having both (e.g. from request to closure): its median, average or a percentile; null when no entry has both, or the group is suppressed. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** What the group stands for: one key per groupBy, in its order. */
  keys: Array<AggregateKey>;
  /** True when the group holds fewer entries than the deployment publishes (the answer's suppressedBelow): its count and every measure are withheld (null); its keys stay. */
  suppressed: Scalars['Boolean']['output'];
};


/** A group of ServiceRequest entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type ServiceRequestAggregateGroupCountDistinctArgs = {
  field: ServiceRequestDistinctField;
};


/** A group of ServiceRequest entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type ServiceRequestAggregateGroupDurationArgs = {
  from: ServiceRequestDateField;
  p?: InputMaybe<Scalars['Float']['input']>;
  statistic?: InputMaybe<DurationStatistic>;
  to: ServiceRequestDateField;
  unit?: InputMaybe<DurationUnit>;
};

/** A page of ServiceRequest entries (Relay connection). */
export type ServiceRequestConnection = {
  __typename?: 'ServiceRequestConnection';
  /** True when every town asked answered, so that totalCount and the page cover them all; false when missingTowns is not empty (a failing town adds nothing to totalCount); from the index, false too when a town asked was never harvested or its last harvest failed. */
  complete: Scalars['Boolean']['output'];
  /** The page's entries, each with its cursor. */
  edges: Array<ServiceRequestEdge>;
  /** How current the page is. */
  freshness: Freshness;
  /** Towns asked for whose data is missing from this page (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** The page's entries. */
  nodes: Array<ServiceRequest>;
  /** Where the page stands in the list. */
  pageInfo: PageInfo;
  /** Where the page comes from: the towns, asked now (one town, or the gateway has no index), or the regional index (a region). */
  source: DataSource;
  /** Entries matching the filters, over every town asked. */
  totalCount: Scalars['Int']['output'];
};

/** The date and time fields of ServiceRequest entries: periods to group by, and durations. */
export type ServiceRequestDateField =
  /** When the entry was created. */
  | 'createdAt'
  /** Expected by. */
  | 'expectedAt'
  /** When the entry was published. */
  | 'publishedAt'
  /** Received on. */
  | 'requestedAt'
  /** Open311 updated_datetime. */
  | 'statusChangedAt'
  /** When the entry was last changed. */
  | 'updatedAt';

/** The fields of ServiceRequest entries whose distinct values can be counted. */
export type ServiceRequestDistinctField =
  /** Address. */
  | 'address'
  /** Address identifier. */
  | 'addressId'
  /** Department in charge. */
  | 'agencyResponsible'
  /** Expected by. */
  | 'expectedAt'
  /** Status. */
  | 'requestStatus'
  /** Received on. */
  | 'requestedAt'
  /** Notice from the department. */
  | 'serviceNotice'
  /** Kind of report. */
  | 'serviceType'
  /** Open311 updated_datetime. */
  | 'statusChangedAt'
  /** Postcode. */
  | 'zipcode';

/** A ServiceRequest in a page, with its cursor (Relay edge). */
export type ServiceRequestEdge = {
  __typename?: 'ServiceRequestEdge';
  /** Resumes the list after this entry: pass it as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: ServiceRequest;
};

/** Filters on ServiceRequest, with Strapi's operators. */
export type ServiceRequestFiltersInput = {
  /** Conditions on address. */
  address?: InputMaybe<StringFilterInput>;
  /** Conditions on addressId. */
  addressId?: InputMaybe<StringFilterInput>;
  /** Conditions on agencyResponsible. */
  agencyResponsible?: InputMaybe<StringFilterInput>;
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<InputMaybe<ServiceRequestFiltersInput>>>;
  /** Conditions on when the entry was created. */
  createdAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on description. */
  description?: InputMaybe<StringFilterInput>;
  /** Conditions on the documentId. */
  documentId?: InputMaybe<IdFilterInput>;
  /** Conditions on expectedAt. */
  expectedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on geo. */
  geo?: InputMaybe<GeoPointFilterInput>;
  /** This filter does not match. */
  not?: InputMaybe<ServiceRequestFiltersInput>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<InputMaybe<ServiceRequestFiltersInput>>>;
  /** Conditions on when the entry was last published. */
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on requestStatus. */
  requestStatus?: InputMaybe<RequestStatusFilterInput>;
  /** Conditions on requestedAt. */
  requestedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on serviceNotice. */
  serviceNotice?: InputMaybe<StringFilterInput>;
  /** Conditions on the ServiceType entries of serviceType. */
  serviceType?: InputMaybe<ServiceTypeFiltersInput>;
  /** Conditions on statusChangedAt. */
  statusChangedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on statusNotes. */
  statusNotes?: InputMaybe<StringFilterInput>;
  /** Conditions on when the entry was last changed. */
  updatedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on zipcode. */
  zipcode?: InputMaybe<StringFilterInput>;
};

/** One way to group ServiceRequest entries: exactly one of field, date (with its bucket) or townGroup. */
export type ServiceRequestGroupBy = {
  /** The period of a date group: MONTH when not given. */
  bucket?: InputMaybe<TimeBucket>;
  /** A date field: the groups are periods of it, in Brussels time (entries without one, or with a value that is not a date, make the group whose value is null). */
  date?: InputMaybe<ServiceRequestDateField>;
  /** A field whose values make the groups. */
  field?: InputMaybe<ServiceRequestGroupField>;
  /** A kind of the towns' groups, e.g. "province": the groups are its codes (a town outside any: null). */
  townGroup?: InputMaybe<Scalars['String']['input']>;
};

/** What ServiceRequest entries can be grouped by: town, a vocabulary (its code; a list of codes: each code it holds, so an entry may count in several groups), a yes/no, a link to one entry (its documentId). */
export type ServiceRequestGroupField =
  /** Status. */
  | 'requestStatus'
  /** Kind of report. */
  | 'serviceType'
  /** The category shared by every town: what a region counts this town's reports of this type under, of the linked serviceType. */
  | 'serviceType_category'
  /** How reports are handled, of the linked serviceType. */
  | 'serviceType_serviceKind'
  /** The town the entry comes from. */
  | 'town';

/** One term of the order of a list of ServiceRequest; ties are broken by documentId. */
export type ServiceRequestOrder = {
  /** ASC (the default) or DESC. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: ServiceRequestOrderField;
};

/** Fields a list of ServiceRequest can be ordered by. */
export type ServiceRequestOrderField =
  /** By address. */
  | 'address'
  /** By addressId. */
  | 'addressId'
  /** By agencyResponsible. */
  | 'agencyResponsible'
  /** By createdAt. */
  | 'createdAt'
  /** By description. */
  | 'description'
  /** By expectedAt. */
  | 'expectedAt'
  /** By publishedAt. */
  | 'publishedAt'
  /** By requestStatus. */
  | 'requestStatus'
  /** By requestedAt. */
  | 'requestedAt'
  /** By serviceNotice. */
  | 'serviceNotice'
  /** By statusChangedAt. */
  | 'statusChangedAt'
  /** By statusNotes. */
  | 'statusNotes'
  /** By updatedAt. */
  | 'updatedAt'
  /** By zipcode. */
  | 'zipcode';

/** A kind of request citizens can file (Open311 service): a pothole, a broken street light. */
export type ServiceType = Node & {
  __typename?: 'ServiceType';
  /** The service type's attributes (ServiceAttribute values). */
  attributes: Array<ServiceAttribute>;
  /** The category shared by every town: what a region counts this town's reports of this type under. */
  category?: Maybe<ServiceCategory>;
  /** The label of category's code; null when it has none. */
  categoryLabel?: Maybe<Scalars['String']['output']>;
  /** When the entry was created in its town. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The service type's description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The entry's documentId in its town's Strapi. */
  documentId: Scalars['ID']['output'];
  /** The service type's group. */
  group?: Maybe<Scalars['String']['output']>;
  /** Globally unique and stable: encodes the town, the kind, the documentId and, for a localized kind, the locale the entry was read in. Fetch it again with node(id). */
  id: Scalars['ID']['output'];
  /** Comma-separated, as Open311 serves them. */
  keywords?: Maybe<Scalars['String']['output']>;
  /** The locale the localized fields were taken from (after fallback). */
  locale?: Maybe<Scalars['String']['output']>;
  /** The service type's name. */
  name: Scalars['String']['output'];
  /** When the entry was last published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The service type's service code. */
  serviceCode: Scalars['String']['output'];
  /** The service type's service kind (a ServiceKind code). */
  serviceKind: ServiceKind;
  /** The label of serviceKind's code; null when it has none. */
  serviceKindLabel?: Maybe<Scalars['String']['output']>;
  /** Inverse of service-request.serviceType. */
  serviceRequests: Array<ServiceRequest>;
  /** The town this entry comes from. */
  town: Town;
  /** When the entry was last changed in its town. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A kind of request citizens can file (Open311 service): a pothole, a broken street light. */
export type ServiceTypeCategoryLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A kind of request citizens can file (Open311 service): a pothole, a broken street light. */
export type ServiceTypeServiceKindLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** ServiceType entries grouped and measured across towns, from the regional index (or counted live by one town: see source). */
export type ServiceTypeAggregate = {
  __typename?: 'ServiceTypeAggregate';
  /** True when every town asked is in the index and its last harvest succeeded. */
  complete: Scalars['Boolean']['output'];
  /** How current the figures are: each town's last harvest. */
  freshness: Freshness;
  /** The groups, sorted by their keys in turn (values, then the remainder of a top, then null). */
  groups: Array<ServiceTypeAggregateGroup>;
  /** Towns asked for that the index cannot answer for (never harvested): not counted (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** INDEX: computed by the regional index; LIVE: counted by the one town asked, during this request. */
  source: DataSource;
  /** The deployment's minimum count (GATEWAY_AGGREGATE_MIN_COUNT): groups holding fewer entries are suppressed (count and measures null, suppressed true); null when nothing is suppressed. */
  suppressedBelow?: Maybe<Scalars['Int']['output']>;
  /** How many entries match, in all (an entry in several groups of a list of codes counts once here); null when fewer than suppressedBelow (from 1 to suppressedBelow - 1), as a group's count. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A group of ServiceType entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type ServiceTypeAggregateGroup = {
  __typename?: 'ServiceTypeAggregateGroup';
  /** How many entries the group holds; null when the group is suppressed (see suppressed). */
  count?: Maybe<Scalars['Int']['output']>;
  /** When the group is suppressed: the count it is below (it holds from 1 to countBelow - 1 entries), for a "< countBelow" in its place; null otherwise. */
  countBelow?: Maybe<Scalars['Int']['output']>;
  /** How many distinct values of a field the group's entries hold (missing values not counted); null when the group is suppressed. */
  countDistinct?: Maybe<Scalars['Int']['output']>;
  /** The time from one date field to another, over the entries having both (e.g. from request to closure): its median, average or a percentile; null when no entry has both, or the group is suppressed. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** What the group stands for: one key per groupBy, in its order. */
  keys: Array<AggregateKey>;
  /** True when the group holds fewer entries than the deployment publishes (the answer's suppressedBelow): its count and every measure are withheld (null); its keys stay. */
  suppressed: Scalars['Boolean']['output'];
};


/** A group of ServiceType entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type ServiceTypeAggregateGroupCountDistinctArgs = {
  field: ServiceTypeDistinctField;
};


/** A group of ServiceType entries and its measures: ask for as many as needed, with aliases; they are computed together, in one read of the index. */
export type ServiceTypeAggregateGroupDurationArgs = {
  from: ServiceTypeDateField;
  p?: InputMaybe<Scalars['Float']['input']>;
  statistic?: InputMaybe<DurationStatistic>;
  to: ServiceTypeDateField;
  unit?: InputMaybe<DurationUnit>;
};

/** A page of ServiceType entries (Relay connection). */
export type ServiceTypeConnection = {
  __typename?: 'ServiceTypeConnection';
  /** True when every town asked answered, so that totalCount and the page cover them all; false when missingTowns is not empty (a failing town adds nothing to totalCount); from the index, false too when a town asked was never harvested or its last harvest failed. */
  complete: Scalars['Boolean']['output'];
  /** The page's entries, each with its cursor. */
  edges: Array<ServiceTypeEdge>;
  /** How current the page is. */
  freshness: Freshness;
  /** Towns asked for whose data is missing from this page (see errors). */
  missingTowns: Array<Scalars['String']['output']>;
  /** The page's entries. */
  nodes: Array<ServiceType>;
  /** Where the page stands in the list. */
  pageInfo: PageInfo;
  /** Where the page comes from: the towns, asked now (one town, or the gateway has no index), or the regional index (a region). */
  source: DataSource;
  /** Entries matching the filters, over every town asked. */
  totalCount: Scalars['Int']['output'];
};

/** The date and time fields of ServiceType entries: periods to group by, and durations. */
export type ServiceTypeDateField =
  /** When the entry was created. */
  | 'createdAt'
  /** When the entry was published. */
  | 'publishedAt'
  /** When the entry was last changed. */
  | 'updatedAt';

/** The fields of ServiceType entries whose distinct values can be counted. */
export type ServiceTypeDistinctField =
  /** The category shared by every town: what a region counts this town's reports of this type under. */
  | 'category'
  /** Group. */
  | 'group'
  /** Comma-separated, as Open311 serves them. */
  | 'keywords'
  /** Name. */
  | 'name'
  /** Code. */
  | 'serviceCode'
  /** How reports are handled. */
  | 'serviceKind';

/** A ServiceType in a page, with its cursor (Relay edge). */
export type ServiceTypeEdge = {
  __typename?: 'ServiceTypeEdge';
  /** Resumes the list after this entry: pass it as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: ServiceType;
};

/** Filters on ServiceType, with Strapi's operators. */
export type ServiceTypeFiltersInput = {
  /** Every one of these filters matches. */
  and?: InputMaybe<Array<InputMaybe<ServiceTypeFiltersInput>>>;
  /** Conditions on category. */
  category?: InputMaybe<ServiceCategoryFilterInput>;
  /** Conditions on when the entry was created. */
  createdAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on description. */
  description?: InputMaybe<StringFilterInput>;
  /** Conditions on the documentId. */
  documentId?: InputMaybe<IdFilterInput>;
  /** Conditions on group. */
  group?: InputMaybe<StringFilterInput>;
  /** Conditions on keywords. */
  keywords?: InputMaybe<StringFilterInput>;
  /** Conditions on name. */
  name?: InputMaybe<StringFilterInput>;
  /** This filter does not match. */
  not?: InputMaybe<ServiceTypeFiltersInput>;
  /** At least one of these filters matches. */
  or?: InputMaybe<Array<InputMaybe<ServiceTypeFiltersInput>>>;
  /** Conditions on when the entry was last published. */
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  /** Conditions on serviceCode. */
  serviceCode?: InputMaybe<StringFilterInput>;
  /** Conditions on serviceKind. */
  serviceKind?: InputMaybe<ServiceKindFilterInput>;
  /** Conditions on the ServiceRequest entries of serviceRequests. */
  serviceRequests?: InputMaybe<ServiceRequestFiltersInput>;
  /** Conditions on when the entry was last changed. */
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

/** One way to group ServiceType entries: exactly one of field, date (with its bucket) or townGroup. */
export type ServiceTypeGroupBy = {
  /** The period of a date group: MONTH when not given. */
  bucket?: InputMaybe<TimeBucket>;
  /** A date field: the groups are periods of it, in Brussels time (entries without one, or with a value that is not a date, make the group whose value is null). */
  date?: InputMaybe<ServiceTypeDateField>;
  /** A field whose values make the groups. */
  field?: InputMaybe<ServiceTypeGroupField>;
  /** A kind of the towns' groups, e.g. "province": the groups are its codes (a town outside any: null). */
  townGroup?: InputMaybe<Scalars['String']['input']>;
};

/** What ServiceType entries can be grouped by: town, a vocabulary (its code; a list of codes: each code it holds, so an entry may count in several groups), a yes/no, a link to one entry (its documentId). */
export type ServiceTypeGroupField =
  /** The category shared by every town: what a region counts this town's reports of this type under. */
  | 'category'
  /** How reports are handled. */
  | 'serviceKind'
  /** The town the entry comes from. */
  | 'town';

/** One term of the order of a list of ServiceType; ties are broken by documentId. */
export type ServiceTypeOrder = {
  /** ASC (the default) or DESC. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: ServiceTypeOrderField;
};

/** Fields a list of ServiceType can be ordered by. */
export type ServiceTypeOrderField =
  /** By category. */
  | 'category'
  /** By createdAt. */
  | 'createdAt'
  /** By description. */
  | 'description'
  /** By group. */
  | 'group'
  /** By keywords. */
  | 'keywords'
  /** By name. */
  | 'name'
  /** By publishedAt. */
  | 'publishedAt'
  /** By serviceCode. */
  | 'serviceCode'
  /** By serviceKind. */
  | 'serviceKind'
  /** By updatedAt. */
  | 'updatedAt';

/** A channel of the network that members share entries into. */
export type SharingChannel =
  /** Province of Antwerp */
  | 'antwerp'
  /** Brussels-Capital Region */
  | 'brussels'
  /** Province of East Flanders */
  | 'eastFlanders'
  /** Flemish Region */
  | 'flanders'
  /** Province of Flemish Brabant */
  | 'flemishBrabant'
  /** German-speaking Community */
  | 'germanSpeakingCommunity'
  /** Province of Hainaut */
  | 'hainaut'
  /** Province of Liège */
  | 'liege'
  /** Province of Limburg */
  | 'limburg'
  /** Province of Luxembourg */
  | 'luxembourg'
  /** Province of Namur */
  | 'namur'
  /** Walloon Region */
  | 'wallonia'
  /** Province of Walloon Brabant */
  | 'walloonBrabant'
  /** Province of West Flanders */
  | 'westFlanders';

/** Conditions on a list of SharingChannel codes. */
export type SharingChannelListFilterInput = {
  /** The list holds this code. */
  contains?: InputMaybe<SharingChannel>;
  /** The list holds every one of these codes (at most 100). */
  containsAll?: InputMaybe<Array<SharingChannel>>;
  /** The list holds at least one of these codes (at most 100). */
  containsAny?: InputMaybe<Array<SharingChannel>>;
};

/** Strapi's operators on a String value. */
export type StringFilterInput = {
  /** Not supported by the towns: use and on the filters, with one condition per item. */
  and?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** From the first value to the second, both included: exactly two values. */
  between?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** Contains. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Contains, ignoring case. */
  containsi?: InputMaybe<Scalars['String']['input']>;
  /** Ends with. */
  endsWith?: InputMaybe<Scalars['String']['input']>;
  /** Equal to. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Equal to, ignoring case. */
  eqi?: InputMaybe<Scalars['String']['input']>;
  /** Greater than (later than, for dates and times). */
  gt?: InputMaybe<Scalars['String']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['String']['input']>;
  /** Equal to one of these (at most 100). */
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** Less than (earlier than, for dates and times). */
  lt?: InputMaybe<Scalars['String']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, ignoring case. */
  nei?: InputMaybe<Scalars['String']['input']>;
  /** These conditions do not hold. */
  not?: InputMaybe<StringFilterInput>;
  /** Does not contain. */
  notContains?: InputMaybe<Scalars['String']['input']>;
  /** Does not contain, ignoring case. */
  notContainsi?: InputMaybe<Scalars['String']['input']>;
  /** Equal to none of these (at most 100). */
  notIn?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** With true, has a value. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no value. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not supported by the towns: use or on the filters, with one condition per item. */
  or?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** Starts with. */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** A period of time, in Brussels time. */
export type TimeBucket =
  /** A day: "2026-03-31". */
  | 'DAY'
  /** A month: "2026-03". */
  | 'MONTH'
  /** A quarter: "2026-Q1". */
  | 'QUARTER'
  /** An ISO 8601 week, from Monday: "2026-W14". */
  | 'WEEK'
  /** A year: "2026". */
  | 'YEAR';

/** Strapi's operators on a Time value. */
export type TimeFilterInput = {
  /** Not supported by the towns: use and on the filters, with one condition per item. */
  and?: InputMaybe<Array<InputMaybe<Scalars['Time']['input']>>>;
  /** From the first value to the second, both included: exactly two values. */
  between?: InputMaybe<Array<InputMaybe<Scalars['Time']['input']>>>;
  /** Contains. */
  contains?: InputMaybe<Scalars['Time']['input']>;
  /** Contains, ignoring case. */
  containsi?: InputMaybe<Scalars['Time']['input']>;
  /** Ends with. */
  endsWith?: InputMaybe<Scalars['Time']['input']>;
  /** Equal to. */
  eq?: InputMaybe<Scalars['Time']['input']>;
  /** Equal to, ignoring case. */
  eqi?: InputMaybe<Scalars['Time']['input']>;
  /** Greater than (later than, for dates and times). */
  gt?: InputMaybe<Scalars['Time']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Time']['input']>;
  /** Equal to one of these (at most 100). */
  in?: InputMaybe<Array<InputMaybe<Scalars['Time']['input']>>>;
  /** Less than (earlier than, for dates and times). */
  lt?: InputMaybe<Scalars['Time']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Time']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Scalars['Time']['input']>;
  /** Not equal to, ignoring case. */
  nei?: InputMaybe<Scalars['Time']['input']>;
  /** These conditions do not hold. */
  not?: InputMaybe<TimeFilterInput>;
  /** Does not contain. */
  notContains?: InputMaybe<Scalars['Time']['input']>;
  /** Does not contain, ignoring case. */
  notContainsi?: InputMaybe<Scalars['Time']['input']>;
  /** Equal to none of these (at most 100). */
  notIn?: InputMaybe<Array<InputMaybe<Scalars['Time']['input']>>>;
  /** With true, has a value. */
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** With true, has no value. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not supported by the towns: use or on the filters, with one condition per item. */
  or?: InputMaybe<Array<InputMaybe<Scalars['Time']['input']>>>;
  /** Starts with. */
  startsWith?: InputMaybe<Scalars['Time']['input']>;
};

/** A theme of public life, shared by every town. */
export type Topic =
  /** Agriculture */
  | 'agriculture'
  /** Citizen participation */
  | 'citizenParticipation'
  /** Citizenship */
  | 'citizenship'
  /** Culture */
  | 'culture'
  /** Economy */
  | 'economics'
  /** Education */
  | 'education'
  /** Entertainment */
  | 'entertainment'
  /** Environment */
  | 'environment'
  /** Housing and town planning */
  | 'habitatAndTownPlanning'
  /** Health */
  | 'health'
  /** Mobility */
  | 'mobility'
  /** Politics */
  | 'politics'
  /** Safety and prevention */
  | 'safetyAndPrevention'
  /** Social affairs */
  | 'social'
  /** Sports */
  | 'sports'
  /** Territory and public space */
  | 'territoryAndPublicSpace'
  /** Tourism */
  | 'tourism';

/** Conditions on a list of Topic codes. */
export type TopicListFilterInput = {
  /** The list holds this code. */
  contains?: InputMaybe<Topic>;
  /** The list holds every one of these codes (at most 100). */
  containsAll?: InputMaybe<Array<Topic>>;
  /** The list holds at least one of these codes (at most 100). */
  containsAny?: InputMaybe<Array<Topic>>;
};

/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type Town = Node & {
  __typename?: 'Town';
  /** The town's AgendaItem entries: a page of the list, as the root field agendaItems gives it for this town only. */
  agendaItems: AgendaItemConnection;
  /** The town's Alert entries: a page of the list, as the root field alerts gives it for this town only. */
  alerts: AlertConnection;
  /** The town's code in the registry, e.g. "eupen": what towns and town(code) take. */
  code: Scalars['String']['output'];
  /** The town's Event entries: a page of the list, as the root field events gives it for this town only. */
  events: EventConnection;
  /** The groups the town belongs to, one per kind of group. */
  groups: Array<TownGroupRef>;
  /** How fresh the regional index is for this town: null when the gateway has no index. */
  harvest?: Maybe<TownHarvest>;
  /** Globally unique and stable (it encodes the town's code): fetch the town again with node(id). */
  id: Scalars['ID']['output'];
  /** What public body it is: a town (TOWN), a CPAS, a police zone... */
  kind: MemberKind;
  /** The kind's name, e.g. "Zone de police". */
  kindLabel: Scalars['String']['output'];
  /** The locales the town publishes in, its default first, e.g. ["de", "fr"]. */
  locales: Array<Scalars['String']['output']>;
  /** The town's Meeting entries: a page of the list, as the root field meetings gives it for this town only. */
  meetings: MeetingConnection;
  /** The town's Membership entries: a page of the list, as the root field memberships gives it for this town only. */
  memberships: MembershipConnection;
  /** The town's name, e.g. "Eupen". */
  name: Scalars['String']['output'];
  /** The town's NewsItem entries: a page of the list, as the root field newsItems gives it for this town only. */
  newsItems: NewsItemConnection;
  /** The town's Organization entries: a page of the list, as the root field organizations gives it for this town only. */
  organizations: OrganizationConnection;
  /** The town's Paper entries: a page of the list, as the root field papers gives it for this town only. */
  papers: PaperConnection;
  /** The town's Person entries: a page of the list, as the root field people gives it for this town only. */
  people: PersonConnection;
  /** The town's Place entries: a page of the list, as the root field places gives it for this town only. */
  places: PlaceConnection;
  /** The town's PlanningApplication entries: a page of the list, as the root field planningApplications gives it for this town only. */
  planningApplications: PlanningApplicationConnection;
  /** The Communes plugins the town runs, from its manifest (empty when the town is down). */
  plugins: Array<TownPlugin>;
  /** The domains of the plugins it runs that its kind does not install (e.g. ["urbanism"] for a police zone), for the network's coordinators: member:new would have refused them. Empty when the town is down. */
  pluginsOutsideKind: Array<Scalars['String']['output']>;
  /** The town's PublicService entries: a page of the list, as the root field publicServices gives it for this town only. */
  publicServices: PublicServiceConnection;
  /** The town's ServiceRequest entries: a page of the list, as the root field serviceRequests gives it for this town only. */
  serviceRequests: ServiceRequestConnection;
  /** The town's ServiceType entries: a page of the list, as the root field serviceTypes gives it for this town only. */
  serviceTypes: ServiceTypeConnection;
  /** What the gateway saw of the town lately. */
  status: TownStatus;
  /** The same in words: a channel by its name in a language, a member by its name (its code when the registry does not list it). */
  subscriptionLabels: Array<Scalars['String']['output']>;
  /** What the town's listings follow when read with shared: channels (a SharingChannel code, e.g. "wallonia") and members ("member:seneffe"), from its manifest (empty when the town is down). */
  subscriptions: Array<Scalars['String']['output']>;
  /** Where the public reaches the town (its files are under it). */
  url: Scalars['String']['output'];
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownAgendaItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<AgendaItemFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<AgendaItemOrder>>;
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<AlertFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<AlertOrder>>;
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<EventFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<EventOrder>>;
  shared?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownKindLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<MeetingFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<MeetingOrder>>;
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<MembershipFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<MembershipOrder>>;
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownNewsItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<NewsItemFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<NewsItemOrder>>;
  shared?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<OrganizationFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<OrganizationOrder>>;
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownPapersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<PaperFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<PaperOrder>>;
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<PersonFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<PersonOrder>>;
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<PlaceFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<PlaceOrder>>;
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownPlanningApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<PlanningApplicationFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<PlanningApplicationOrder>>;
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownPublicServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<PublicServiceFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<PublicServiceOrder>>;
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownServiceRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<ServiceRequestFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<ServiceRequestOrder>>;
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownServiceTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<ServiceTypeFiltersInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Array<Scalars['String']['input']>>;
  orderBy?: InputMaybe<Array<ServiceTypeOrder>>;
};


/** A member of the network whose Strapi the gateway federates: a town, or another public body (its kind). */
export type TownSubscriptionLabelsArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** A group of towns, e.g. a province, and the towns in it. */
export type TownGroup = {
  __typename?: 'TownGroup';
  /** The group's code, e.g. "hainaut": what the group arguments take (or "province:hainaut"). */
  code: Scalars['String']['output'];
  /** e.g. province, region, community. */
  kind: Scalars['String']['output'];
  /** The group's towns. */
  towns: Array<Town>;
};

/** A group a town belongs to, e.g. its province. */
export type TownGroupRef = {
  __typename?: 'TownGroupRef';
  /** The group's code, e.g. "hainaut". */
  code: Scalars['String']['output'];
  /** e.g. province, region, community. */
  kind: Scalars['String']['output'];
};

/** How the regional index follows a town: what the harvester last did with it. */
export type TownHarvest = {
  __typename?: 'TownHarvest';
  /** Changes in the town's feed the index had not read when the harvester last looked (0: caught up). */
  behind: Scalars['Int']['output'];
  /** Failures in a row since the last success (0 when the last try succeeded). */
  failures: Scalars['Int']['output'];
  /** When the harvester last tried. */
  lastAttempt?: Maybe<Scalars['DateTime']['output']>;
  /** What went wrong last, until a harvest succeeds again (never the town's address). */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The latest refused entry: what is wrong with it and its documentId; null when none is refused. */
  lastRefusal?: Maybe<Scalars['String']['output']>;
  /** When the index last caught up with the town; null when it never has. */
  lastSuccess?: Maybe<Scalars['DateTime']['output']>;
  /** The harvester leaves the town alone until then, after failures (backoff); null when it is not waiting. */
  nextAttempt?: Maybe<Scalars['DateTime']['output']>;
  /** Entries the town serves that do not fit the shared model (a code outside its vocabulary, a required value missing), kept out of the index as the gateway keeps them out of lists: 0 when every entry fits. */
  refused: Scalars['Int']['output'];
  /** How the index follows the town: its change feed, or reading it whole (a town on a plugin version without a feed). */
  source: HarvestSource;
};

/** A Communes plugin a town runs, as its manifest says. */
export type TownPlugin = {
  __typename?: 'TownPlugin';
  /** The domain it serves, e.g. agenda. */
  domain: Scalars['String']['output'];
  /** The kinds it serves, by singular name, e.g. ["event"]. */
  kinds: Array<Scalars['String']['output']>;
  /** A fingerprint of the plugin's model: two towns with the same one serve the same fields. */
  modelFingerprint: Scalars['String']['output'];
  /** The plugin's Strapi name, e.g. communes-agenda. */
  name: Scalars['String']['output'];
  /** Its npm package, e.g. @communes/strapi-plugin-agenda. */
  packageName: Scalars['String']['output'];
  /** The version the town runs. */
  version: Scalars['String']['output'];
};

/** How a town answered the gateway lately. */
export type TownState =
  /** It answers, but slowly or with some calls failing lately. */
  | 'DEGRADED'
  /** It does not answer: its data is missing from answers until it is back. */
  | 'DOWN'
  /** It answers. */
  | 'UP';

/** What the gateway saw of a town lately. */
export type TownStatus = {
  __typename?: 'TownStatus';
  /** What went wrong last, until the town answers again (never its address). */
  error?: Maybe<Scalars['String']['output']>;
  /** When it last answered; null when it never has since the gateway started. */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Recent upstream latency, smoothed. */
  latencyMs?: Maybe<Scalars['Int']['output']>;
  /** How the town answered lately. */
  state: TownState;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( GatewayNode )
    | ( GatewayNode )
    | ( GatewayNode )
    | ( GatewayNode )
    | ( GatewayNode )
    | ( GatewayNode )
    | ( GatewayNode )
    | ( GatewayNode )
    | ( GatewayNode )
    | ( GatewayNode )
    | ( GatewayNode )
    | ( GatewayNode )
    | ( GatewayNode )
    | ( GatewayNode )
    | ( TownEntry )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AgendaItem: ResolverTypeWrapper<GatewayNode>;
  AgendaItemAggregate: ResolverTypeWrapper<AgendaItemAggregate>;
  AgendaItemAggregateGroup: ResolverTypeWrapper<AgendaItemAggregateGroup>;
  AgendaItemConnection: ResolverTypeWrapper<Omit<AgendaItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AgendaItemEdge']>, nodes: Array<ResolversTypes['AgendaItem']> }>;
  AgendaItemDateField: AgendaItemDateField;
  AgendaItemDistinctField: AgendaItemDistinctField;
  AgendaItemEdge: ResolverTypeWrapper<Omit<AgendaItemEdge, 'node'> & { node: ResolversTypes['AgendaItem'] }>;
  AgendaItemFiltersInput: AgendaItemFiltersInput;
  AgendaItemGroupBy: AgendaItemGroupBy;
  AgendaItemGroupField: AgendaItemGroupField;
  AgendaItemNumberField: AgendaItemNumberField;
  AgendaItemOrder: AgendaItemOrder;
  AgendaItemOrderField: AgendaItemOrderField;
  AgendaItemResult: AgendaItemResult;
  AgendaItemResultFilterInput: AgendaItemResultFilterInput;
  AggregateKey: ResolverTypeWrapper<AggregateKey>;
  AggregateTop: AggregateTop;
  Alert: ResolverTypeWrapper<GatewayNode>;
  AlertAggregate: ResolverTypeWrapper<AlertAggregate>;
  AlertAggregateGroup: ResolverTypeWrapper<AlertAggregateGroup>;
  AlertConnection: ResolverTypeWrapper<Omit<AlertConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AlertEdge']>, nodes: Array<ResolversTypes['Alert']> }>;
  AlertDateField: AlertDateField;
  AlertDistinctField: AlertDistinctField;
  AlertEdge: ResolverTypeWrapper<Omit<AlertEdge, 'node'> & { node: ResolversTypes['Alert'] }>;
  AlertFiltersInput: AlertFiltersInput;
  AlertGroupBy: AlertGroupBy;
  AlertGroupField: AlertGroupField;
  AlertOrder: AlertOrder;
  AlertOrderField: AlertOrderField;
  AlertSeverity: AlertSeverity;
  AlertSeverityFilterInput: AlertSeverityFilterInput;
  ApplicationDecision: ApplicationDecision;
  ApplicationDecisionFilterInput: ApplicationDecisionFilterInput;
  ApplicationStatus: ApplicationStatus;
  ApplicationStatusFilterInput: ApplicationStatusFilterInput;
  ApplicationType: ApplicationType;
  ApplicationTypeFilterInput: ApplicationTypeFilterInput;
  AttendanceMode: AttendanceMode;
  AttendanceModeFilterInput: AttendanceModeFilterInput;
  AttributeDatatype: AttributeDatatype;
  Audience: Audience;
  AudienceListFilterInput: AudienceListFilterInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BooleanFilterInput: BooleanFilterInput;
  CadastralParcel: ResolverTypeWrapper<CadastralParcel>;
  Channel: ResolverTypeWrapper<Channel>;
  ChannelType: ChannelType;
  ContactPoint: ResolverTypeWrapper<ContactPoint>;
  ContentKind: ContentKind;
  Cost: ResolverTypeWrapper<Cost>;
  DataSource: DataSource;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateFilterInput: DateFilterInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeFilterInput: DateTimeFilterInput;
  DayOfWeek: DayOfWeek;
  DurationStatistic: DurationStatistic;
  DurationUnit: DurationUnit;
  EmailAddress: ResolverTypeWrapper<EmailAddress>;
  Event: ResolverTypeWrapper<GatewayNode>;
  EventAggregate: ResolverTypeWrapper<EventAggregate>;
  EventAggregateGroup: ResolverTypeWrapper<EventAggregateGroup>;
  EventCategory: EventCategory;
  EventCategoryListFilterInput: EventCategoryListFilterInput;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EventEdge']>, nodes: Array<ResolversTypes['Event']> }>;
  EventDateField: EventDateField;
  EventDistinctField: EventDistinctField;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFiltersInput: EventFiltersInput;
  EventGroupBy: EventGroupBy;
  EventGroupField: EventGroupField;
  EventNumberField: EventNumberField;
  EventOccurrence: ResolverTypeWrapper<EventOccurrence>;
  EventOrder: EventOrder;
  EventOrderField: EventOrderField;
  EventStatus: EventStatus;
  EventStatusFilterInput: EventStatusFilterInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatFilterInput: FloatFilterInput;
  Freshness: ResolverTypeWrapper<Freshness>;
  Gender: Gender;
  GenderFilterInput: GenderFilterInput;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPointFilterInput: GeoPointFilterInput;
  HarvestSource: HarvestSource;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IDFilterInput: IdFilterInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntFilterInput: IntFilterInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LifeEvent: LifeEvent;
  LifeEventListFilterInput: LifeEventListFilterInput;
  Link: ResolverTypeWrapper<Link>;
  MediaFile: ResolverTypeWrapper<MediaFile>;
  Meeting: ResolverTypeWrapper<GatewayNode>;
  MeetingAggregate: ResolverTypeWrapper<MeetingAggregate>;
  MeetingAggregateGroup: ResolverTypeWrapper<MeetingAggregateGroup>;
  MeetingConnection: ResolverTypeWrapper<Omit<MeetingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MeetingEdge']>, nodes: Array<ResolversTypes['Meeting']> }>;
  MeetingDateField: MeetingDateField;
  MeetingDistinctField: MeetingDistinctField;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingFiltersInput: MeetingFiltersInput;
  MeetingGroupBy: MeetingGroupBy;
  MeetingGroupField: MeetingGroupField;
  MeetingOrder: MeetingOrder;
  MeetingOrderField: MeetingOrderField;
  MeetingState: MeetingState;
  MeetingStateFilterInput: MeetingStateFilterInput;
  MeetingType: MeetingType;
  MeetingTypeFilterInput: MeetingTypeFilterInput;
  MemberKind: MemberKind;
  MemberListFilterInput: MemberListFilterInput;
  Membership: ResolverTypeWrapper<GatewayNode>;
  MembershipAggregate: ResolverTypeWrapper<MembershipAggregate>;
  MembershipAggregateGroup: ResolverTypeWrapper<MembershipAggregateGroup>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MembershipEdge']>, nodes: Array<ResolversTypes['Membership']> }>;
  MembershipDateField: MembershipDateField;
  MembershipDistinctField: MembershipDistinctField;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  MembershipFiltersInput: MembershipFiltersInput;
  MembershipGroupBy: MembershipGroupBy;
  MembershipGroupField: MembershipGroupField;
  MembershipOrder: MembershipOrder;
  MembershipOrderField: MembershipOrderField;
  NewsItem: ResolverTypeWrapper<GatewayNode>;
  NewsItemAggregate: ResolverTypeWrapper<NewsItemAggregate>;
  NewsItemAggregateGroup: ResolverTypeWrapper<NewsItemAggregateGroup>;
  NewsItemConnection: ResolverTypeWrapper<Omit<NewsItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['NewsItemEdge']>, nodes: Array<ResolversTypes['NewsItem']> }>;
  NewsItemDateField: NewsItemDateField;
  NewsItemDistinctField: NewsItemDistinctField;
  NewsItemEdge: ResolverTypeWrapper<Omit<NewsItemEdge, 'node'> & { node: ResolversTypes['NewsItem'] }>;
  NewsItemFiltersInput: NewsItemFiltersInput;
  NewsItemGroupBy: NewsItemGroupBy;
  NewsItemGroupField: NewsItemGroupField;
  NewsItemOrder: NewsItemOrder;
  NewsItemOrderField: NewsItemOrderField;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OccurrenceRange: OccurrenceRange;
  OpeningHoursSpecification: ResolverTypeWrapper<OpeningHoursSpecification>;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<GatewayNode>;
  OrganizationAggregate: ResolverTypeWrapper<OrganizationAggregate>;
  OrganizationAggregateGroup: ResolverTypeWrapper<OrganizationAggregateGroup>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrganizationEdge']>, nodes: Array<ResolversTypes['Organization']> }>;
  OrganizationDateField: OrganizationDateField;
  OrganizationDistinctField: OrganizationDistinctField;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFiltersInput: OrganizationFiltersInput;
  OrganizationGroupBy: OrganizationGroupBy;
  OrganizationGroupField: OrganizationGroupField;
  OrganizationOrder: OrganizationOrder;
  OrganizationOrderField: OrganizationOrderField;
  OrganizationType: OrganizationType;
  OrganizationTypeFilterInput: OrganizationTypeFilterInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Paper: ResolverTypeWrapper<GatewayNode>;
  PaperAggregate: ResolverTypeWrapper<PaperAggregate>;
  PaperAggregateGroup: ResolverTypeWrapper<PaperAggregateGroup>;
  PaperConnection: ResolverTypeWrapper<Omit<PaperConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PaperEdge']>, nodes: Array<ResolversTypes['Paper']> }>;
  PaperDateField: PaperDateField;
  PaperDistinctField: PaperDistinctField;
  PaperEdge: ResolverTypeWrapper<Omit<PaperEdge, 'node'> & { node: ResolversTypes['Paper'] }>;
  PaperFiltersInput: PaperFiltersInput;
  PaperGroupBy: PaperGroupBy;
  PaperGroupField: PaperGroupField;
  PaperOrder: PaperOrder;
  PaperOrderField: PaperOrderField;
  PaperType: PaperType;
  PaperTypeFilterInput: PaperTypeFilterInput;
  Person: ResolverTypeWrapper<GatewayNode>;
  PersonAggregate: ResolverTypeWrapper<PersonAggregate>;
  PersonAggregateGroup: ResolverTypeWrapper<PersonAggregateGroup>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PersonEdge']>, nodes: Array<ResolversTypes['Person']> }>;
  PersonDateField: PersonDateField;
  PersonDistinctField: PersonDistinctField;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFiltersInput: PersonFiltersInput;
  PersonGroupBy: PersonGroupBy;
  PersonGroupField: PersonGroupField;
  PersonOrder: PersonOrder;
  PersonOrderField: PersonOrderField;
  Phone: ResolverTypeWrapper<Phone>;
  Place: ResolverTypeWrapper<GatewayNode>;
  PlaceAggregate: ResolverTypeWrapper<PlaceAggregate>;
  PlaceAggregateGroup: ResolverTypeWrapper<PlaceAggregateGroup>;
  PlaceConnection: ResolverTypeWrapper<Omit<PlaceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PlaceEdge']>, nodes: Array<ResolversTypes['Place']> }>;
  PlaceDateField: PlaceDateField;
  PlaceDistinctField: PlaceDistinctField;
  PlaceEdge: ResolverTypeWrapper<Omit<PlaceEdge, 'node'> & { node: ResolversTypes['Place'] }>;
  PlaceFiltersInput: PlaceFiltersInput;
  PlaceGroupBy: PlaceGroupBy;
  PlaceGroupField: PlaceGroupField;
  PlaceOrder: PlaceOrder;
  PlaceOrderField: PlaceOrderField;
  PlaceType: PlaceType;
  PlaceTypeFilterInput: PlaceTypeFilterInput;
  PlanningApplication: ResolverTypeWrapper<GatewayNode>;
  PlanningApplicationAggregate: ResolverTypeWrapper<PlanningApplicationAggregate>;
  PlanningApplicationAggregateGroup: ResolverTypeWrapper<PlanningApplicationAggregateGroup>;
  PlanningApplicationConnection: ResolverTypeWrapper<Omit<PlanningApplicationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PlanningApplicationEdge']>, nodes: Array<ResolversTypes['PlanningApplication']> }>;
  PlanningApplicationDateField: PlanningApplicationDateField;
  PlanningApplicationDistinctField: PlanningApplicationDistinctField;
  PlanningApplicationEdge: ResolverTypeWrapper<Omit<PlanningApplicationEdge, 'node'> & { node: ResolversTypes['PlanningApplication'] }>;
  PlanningApplicationFiltersInput: PlanningApplicationFiltersInput;
  PlanningApplicationGroupBy: PlanningApplicationGroupBy;
  PlanningApplicationGroupField: PlanningApplicationGroupField;
  PlanningApplicationOrder: PlanningApplicationOrder;
  PlanningApplicationOrderField: PlanningApplicationOrderField;
  PublicService: ResolverTypeWrapper<GatewayNode>;
  PublicServiceAggregate: ResolverTypeWrapper<PublicServiceAggregate>;
  PublicServiceAggregateGroup: ResolverTypeWrapper<PublicServiceAggregateGroup>;
  PublicServiceConnection: ResolverTypeWrapper<Omit<PublicServiceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PublicServiceEdge']>, nodes: Array<ResolversTypes['PublicService']> }>;
  PublicServiceDateField: PublicServiceDateField;
  PublicServiceDistinctField: PublicServiceDistinctField;
  PublicServiceEdge: ResolverTypeWrapper<Omit<PublicServiceEdge, 'node'> & { node: ResolversTypes['PublicService'] }>;
  PublicServiceFiltersInput: PublicServiceFiltersInput;
  PublicServiceGroupBy: PublicServiceGroupBy;
  PublicServiceGroupField: PublicServiceGroupField;
  PublicServiceOrder: PublicServiceOrder;
  PublicServiceOrderField: PublicServiceOrderField;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RequestStatus: RequestStatus;
  RequestStatusFilterInput: RequestStatusFilterInput;
  RequiredDocument: ResolverTypeWrapper<RequiredDocument>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SearchEdge']>, nodes: Array<ResolversTypes['Node']> }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['Node'] }>;
  ServiceAttribute: ResolverTypeWrapper<ServiceAttribute>;
  ServiceAttributeValue: ResolverTypeWrapper<ServiceAttributeValue>;
  ServiceCategory: ServiceCategory;
  ServiceCategoryFilterInput: ServiceCategoryFilterInput;
  ServiceKind: ServiceKind;
  ServiceKindFilterInput: ServiceKindFilterInput;
  ServiceRequest: ResolverTypeWrapper<GatewayNode>;
  ServiceRequestAggregate: ResolverTypeWrapper<ServiceRequestAggregate>;
  ServiceRequestAggregateGroup: ResolverTypeWrapper<ServiceRequestAggregateGroup>;
  ServiceRequestConnection: ResolverTypeWrapper<Omit<ServiceRequestConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceRequestEdge']>, nodes: Array<ResolversTypes['ServiceRequest']> }>;
  ServiceRequestDateField: ServiceRequestDateField;
  ServiceRequestDistinctField: ServiceRequestDistinctField;
  ServiceRequestEdge: ResolverTypeWrapper<Omit<ServiceRequestEdge, 'node'> & { node: ResolversTypes['ServiceRequest'] }>;
  ServiceRequestFiltersInput: ServiceRequestFiltersInput;
  ServiceRequestGroupBy: ServiceRequestGroupBy;
  ServiceRequestGroupField: ServiceRequestGroupField;
  ServiceRequestOrder: ServiceRequestOrder;
  ServiceRequestOrderField: ServiceRequestOrderField;
  ServiceType: ResolverTypeWrapper<GatewayNode>;
  ServiceTypeAggregate: ResolverTypeWrapper<ServiceTypeAggregate>;
  ServiceTypeAggregateGroup: ResolverTypeWrapper<ServiceTypeAggregateGroup>;
  ServiceTypeConnection: ResolverTypeWrapper<Omit<ServiceTypeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceTypeEdge']>, nodes: Array<ResolversTypes['ServiceType']> }>;
  ServiceTypeDateField: ServiceTypeDateField;
  ServiceTypeDistinctField: ServiceTypeDistinctField;
  ServiceTypeEdge: ResolverTypeWrapper<Omit<ServiceTypeEdge, 'node'> & { node: ResolversTypes['ServiceType'] }>;
  ServiceTypeFiltersInput: ServiceTypeFiltersInput;
  ServiceTypeGroupBy: ServiceTypeGroupBy;
  ServiceTypeGroupField: ServiceTypeGroupField;
  ServiceTypeOrder: ServiceTypeOrder;
  ServiceTypeOrderField: ServiceTypeOrderField;
  SharingChannel: SharingChannel;
  SharingChannelListFilterInput: SharingChannelListFilterInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringFilterInput: StringFilterInput;
  Time: ResolverTypeWrapper<Scalars['Time']['output']>;
  TimeBucket: TimeBucket;
  TimeFilterInput: TimeFilterInput;
  Topic: Topic;
  TopicListFilterInput: TopicListFilterInput;
  Town: ResolverTypeWrapper<TownEntry>;
  TownGroup: ResolverTypeWrapper<Group>;
  TownGroupRef: ResolverTypeWrapper<TownGroupRef>;
  TownHarvest: ResolverTypeWrapper<TownHarvest>;
  TownPlugin: ResolverTypeWrapper<TownPlugin>;
  TownState: TownState;
  TownStatus: ResolverTypeWrapper<TownStatus>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AgendaItem: GatewayNode;
  AgendaItemAggregate: AgendaItemAggregate;
  AgendaItemAggregateGroup: AgendaItemAggregateGroup;
  AgendaItemConnection: Omit<AgendaItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AgendaItemEdge']>, nodes: Array<ResolversParentTypes['AgendaItem']> };
  AgendaItemEdge: Omit<AgendaItemEdge, 'node'> & { node: ResolversParentTypes['AgendaItem'] };
  AgendaItemFiltersInput: AgendaItemFiltersInput;
  AgendaItemGroupBy: AgendaItemGroupBy;
  AgendaItemOrder: AgendaItemOrder;
  AgendaItemResultFilterInput: AgendaItemResultFilterInput;
  AggregateKey: AggregateKey;
  AggregateTop: AggregateTop;
  Alert: GatewayNode;
  AlertAggregate: AlertAggregate;
  AlertAggregateGroup: AlertAggregateGroup;
  AlertConnection: Omit<AlertConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AlertEdge']>, nodes: Array<ResolversParentTypes['Alert']> };
  AlertEdge: Omit<AlertEdge, 'node'> & { node: ResolversParentTypes['Alert'] };
  AlertFiltersInput: AlertFiltersInput;
  AlertGroupBy: AlertGroupBy;
  AlertOrder: AlertOrder;
  AlertSeverityFilterInput: AlertSeverityFilterInput;
  ApplicationDecisionFilterInput: ApplicationDecisionFilterInput;
  ApplicationStatusFilterInput: ApplicationStatusFilterInput;
  ApplicationTypeFilterInput: ApplicationTypeFilterInput;
  AttendanceModeFilterInput: AttendanceModeFilterInput;
  AudienceListFilterInput: AudienceListFilterInput;
  Boolean: Scalars['Boolean']['output'];
  BooleanFilterInput: BooleanFilterInput;
  CadastralParcel: CadastralParcel;
  Channel: Channel;
  ContactPoint: ContactPoint;
  Cost: Cost;
  Date: Scalars['Date']['output'];
  DateFilterInput: DateFilterInput;
  DateTime: Scalars['DateTime']['output'];
  DateTimeFilterInput: DateTimeFilterInput;
  EmailAddress: EmailAddress;
  Event: GatewayNode;
  EventAggregate: EventAggregate;
  EventAggregateGroup: EventAggregateGroup;
  EventCategoryListFilterInput: EventCategoryListFilterInput;
  EventConnection: Omit<EventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EventEdge']>, nodes: Array<ResolversParentTypes['Event']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFiltersInput: EventFiltersInput;
  EventGroupBy: EventGroupBy;
  EventOccurrence: EventOccurrence;
  EventOrder: EventOrder;
  EventStatusFilterInput: EventStatusFilterInput;
  Float: Scalars['Float']['output'];
  FloatFilterInput: FloatFilterInput;
  Freshness: Freshness;
  GenderFilterInput: GenderFilterInput;
  GeoPoint: GeoPoint;
  GeoPointFilterInput: GeoPointFilterInput;
  ID: Scalars['ID']['output'];
  IDFilterInput: IdFilterInput;
  Int: Scalars['Int']['output'];
  IntFilterInput: IntFilterInput;
  JSON: Scalars['JSON']['output'];
  LifeEventListFilterInput: LifeEventListFilterInput;
  Link: Link;
  MediaFile: MediaFile;
  Meeting: GatewayNode;
  MeetingAggregate: MeetingAggregate;
  MeetingAggregateGroup: MeetingAggregateGroup;
  MeetingConnection: Omit<MeetingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MeetingEdge']>, nodes: Array<ResolversParentTypes['Meeting']> };
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  MeetingFiltersInput: MeetingFiltersInput;
  MeetingGroupBy: MeetingGroupBy;
  MeetingOrder: MeetingOrder;
  MeetingStateFilterInput: MeetingStateFilterInput;
  MeetingTypeFilterInput: MeetingTypeFilterInput;
  MemberListFilterInput: MemberListFilterInput;
  Membership: GatewayNode;
  MembershipAggregate: MembershipAggregate;
  MembershipAggregateGroup: MembershipAggregateGroup;
  MembershipConnection: Omit<MembershipConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MembershipEdge']>, nodes: Array<ResolversParentTypes['Membership']> };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  MembershipFiltersInput: MembershipFiltersInput;
  MembershipGroupBy: MembershipGroupBy;
  MembershipOrder: MembershipOrder;
  NewsItem: GatewayNode;
  NewsItemAggregate: NewsItemAggregate;
  NewsItemAggregateGroup: NewsItemAggregateGroup;
  NewsItemConnection: Omit<NewsItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['NewsItemEdge']>, nodes: Array<ResolversParentTypes['NewsItem']> };
  NewsItemEdge: Omit<NewsItemEdge, 'node'> & { node: ResolversParentTypes['NewsItem'] };
  NewsItemFiltersInput: NewsItemFiltersInput;
  NewsItemGroupBy: NewsItemGroupBy;
  NewsItemOrder: NewsItemOrder;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OccurrenceRange: OccurrenceRange;
  OpeningHoursSpecification: OpeningHoursSpecification;
  Organization: GatewayNode;
  OrganizationAggregate: OrganizationAggregate;
  OrganizationAggregateGroup: OrganizationAggregateGroup;
  OrganizationConnection: Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrganizationEdge']>, nodes: Array<ResolversParentTypes['Organization']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFiltersInput: OrganizationFiltersInput;
  OrganizationGroupBy: OrganizationGroupBy;
  OrganizationOrder: OrganizationOrder;
  OrganizationTypeFilterInput: OrganizationTypeFilterInput;
  PageInfo: PageInfo;
  Paper: GatewayNode;
  PaperAggregate: PaperAggregate;
  PaperAggregateGroup: PaperAggregateGroup;
  PaperConnection: Omit<PaperConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PaperEdge']>, nodes: Array<ResolversParentTypes['Paper']> };
  PaperEdge: Omit<PaperEdge, 'node'> & { node: ResolversParentTypes['Paper'] };
  PaperFiltersInput: PaperFiltersInput;
  PaperGroupBy: PaperGroupBy;
  PaperOrder: PaperOrder;
  PaperTypeFilterInput: PaperTypeFilterInput;
  Person: GatewayNode;
  PersonAggregate: PersonAggregate;
  PersonAggregateGroup: PersonAggregateGroup;
  PersonConnection: Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PersonEdge']>, nodes: Array<ResolversParentTypes['Person']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFiltersInput: PersonFiltersInput;
  PersonGroupBy: PersonGroupBy;
  PersonOrder: PersonOrder;
  Phone: Phone;
  Place: GatewayNode;
  PlaceAggregate: PlaceAggregate;
  PlaceAggregateGroup: PlaceAggregateGroup;
  PlaceConnection: Omit<PlaceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PlaceEdge']>, nodes: Array<ResolversParentTypes['Place']> };
  PlaceEdge: Omit<PlaceEdge, 'node'> & { node: ResolversParentTypes['Place'] };
  PlaceFiltersInput: PlaceFiltersInput;
  PlaceGroupBy: PlaceGroupBy;
  PlaceOrder: PlaceOrder;
  PlaceTypeFilterInput: PlaceTypeFilterInput;
  PlanningApplication: GatewayNode;
  PlanningApplicationAggregate: PlanningApplicationAggregate;
  PlanningApplicationAggregateGroup: PlanningApplicationAggregateGroup;
  PlanningApplicationConnection: Omit<PlanningApplicationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PlanningApplicationEdge']>, nodes: Array<ResolversParentTypes['PlanningApplication']> };
  PlanningApplicationEdge: Omit<PlanningApplicationEdge, 'node'> & { node: ResolversParentTypes['PlanningApplication'] };
  PlanningApplicationFiltersInput: PlanningApplicationFiltersInput;
  PlanningApplicationGroupBy: PlanningApplicationGroupBy;
  PlanningApplicationOrder: PlanningApplicationOrder;
  PublicService: GatewayNode;
  PublicServiceAggregate: PublicServiceAggregate;
  PublicServiceAggregateGroup: PublicServiceAggregateGroup;
  PublicServiceConnection: Omit<PublicServiceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PublicServiceEdge']>, nodes: Array<ResolversParentTypes['PublicService']> };
  PublicServiceEdge: Omit<PublicServiceEdge, 'node'> & { node: ResolversParentTypes['PublicService'] };
  PublicServiceFiltersInput: PublicServiceFiltersInput;
  PublicServiceGroupBy: PublicServiceGroupBy;
  PublicServiceOrder: PublicServiceOrder;
  Query: Record<PropertyKey, never>;
  RequestStatusFilterInput: RequestStatusFilterInput;
  RequiredDocument: RequiredDocument;
  SearchConnection: Omit<SearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SearchEdge']>, nodes: Array<ResolversParentTypes['Node']> };
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['Node'] };
  ServiceAttribute: ServiceAttribute;
  ServiceAttributeValue: ServiceAttributeValue;
  ServiceCategoryFilterInput: ServiceCategoryFilterInput;
  ServiceKindFilterInput: ServiceKindFilterInput;
  ServiceRequest: GatewayNode;
  ServiceRequestAggregate: ServiceRequestAggregate;
  ServiceRequestAggregateGroup: ServiceRequestAggregateGroup;
  ServiceRequestConnection: Omit<ServiceRequestConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceRequestEdge']>, nodes: Array<ResolversParentTypes['ServiceRequest']> };
  ServiceRequestEdge: Omit<ServiceRequestEdge, 'node'> & { node: ResolversParentTypes['ServiceRequest'] };
  ServiceRequestFiltersInput: ServiceRequestFiltersInput;
  ServiceRequestGroupBy: ServiceRequestGroupBy;
  ServiceRequestOrder: ServiceRequestOrder;
  ServiceType: GatewayNode;
  ServiceTypeAggregate: ServiceTypeAggregate;
  ServiceTypeAggregateGroup: ServiceTypeAggregateGroup;
  ServiceTypeConnection: Omit<ServiceTypeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceTypeEdge']>, nodes: Array<ResolversParentTypes['ServiceType']> };
  ServiceTypeEdge: Omit<ServiceTypeEdge, 'node'> & { node: ResolversParentTypes['ServiceType'] };
  ServiceTypeFiltersInput: ServiceTypeFiltersInput;
  ServiceTypeGroupBy: ServiceTypeGroupBy;
  ServiceTypeOrder: ServiceTypeOrder;
  SharingChannelListFilterInput: SharingChannelListFilterInput;
  String: Scalars['String']['output'];
  StringFilterInput: StringFilterInput;
  Time: Scalars['Time']['output'];
  TimeFilterInput: TimeFilterInput;
  TopicListFilterInput: TopicListFilterInput;
  Town: TownEntry;
  TownGroup: Group;
  TownGroupRef: TownGroupRef;
  TownHarvest: TownHarvest;
  TownPlugin: TownPlugin;
  TownStatus: TownStatus;
};

export type AgendaItemResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgendaItem'] = ResolversParentTypes['AgendaItem']> = {
  auxiliaryFiles?: Resolver<Array<ResolversTypes['MediaFile']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Paper']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  papers?: Resolver<Array<ResolversTypes['Paper']>, ParentType, ContextType>;
  public?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolutionFile?: Resolver<Maybe<ResolversTypes['MediaFile']>, ParentType, ContextType>;
  resolutionText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['AgendaItemResult']>, ParentType, ContextType>;
  resultLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<AgendaItemResultLabelArgs>>;
  start?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  town?: Resolver<ResolversTypes['Town'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgendaItemAggregateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgendaItemAggregate'] = ResolversParentTypes['AgendaItemAggregate']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['AgendaItemAggregateGroup']>, ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  suppressedBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AgendaItemAggregateGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgendaItemAggregateGroup'] = ResolversParentTypes['AgendaItemAggregateGroup']> = {
  avg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<AgendaItemAggregateGroupAvgArgs, 'field'>>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countDistinct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<AgendaItemAggregateGroupCountDistinctArgs, 'field'>>;
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<AgendaItemAggregateGroupDurationArgs, 'from' | 'statistic' | 'to' | 'unit'>>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<AgendaItemAggregateGroupMaxArgs, 'field'>>;
  median?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<AgendaItemAggregateGroupMedianArgs, 'field'>>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<AgendaItemAggregateGroupMinArgs, 'field'>>;
  percentile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<AgendaItemAggregateGroupPercentileArgs, 'field' | 'p'>>;
  sum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<AgendaItemAggregateGroupSumArgs, 'field'>>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AgendaItemConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgendaItemConnection'] = ResolversParentTypes['AgendaItemConnection']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgendaItemEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgendaItemEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgendaItemEdge'] = ResolversParentTypes['AgendaItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType>;
};

export type AggregateKeyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AggregateKey'] = ResolversParentTypes['AggregateKey']> = {
  dimension?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<AggregateKeyLabelArgs>>;
  other?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AlertResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['AlertSeverity'], ParentType, ContextType>;
  severityLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<AlertSeverityLabelArgs>>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['Town'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AlertAggregateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AlertAggregate'] = ResolversParentTypes['AlertAggregate']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['AlertAggregateGroup']>, ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  suppressedBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AlertAggregateGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AlertAggregateGroup'] = ResolversParentTypes['AlertAggregateGroup']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countDistinct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<AlertAggregateGroupCountDistinctArgs, 'field'>>;
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<AlertAggregateGroupDurationArgs, 'from' | 'statistic' | 'to' | 'unit'>>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AlertConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AlertConnection'] = ResolversParentTypes['AlertConnection']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AlertEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AlertEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AlertEdge'] = ResolversParentTypes['AlertEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Alert'], ParentType, ContextType>;
};

export type CadastralParcelResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CadastralParcel'] = ResolversParentTypes['CadastralParcel']> = {
  capakey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChannelResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Channel'] = ResolversParentTypes['Channel']> = {
  channelType?: Resolver<ResolversTypes['ChannelType'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContactPointResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ContactPoint'] = ResolversParentTypes['ContactPoint']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hoursAvailable?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  telephone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CostResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Cost'] = ResolversParentTypes['Cost']> = {
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EmailAddressResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmailAddress'] = ResolversParentTypes['EmailAddress']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  accessibility?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  allDay?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  attendanceMode?: Resolver<Maybe<ResolversTypes['AttendanceMode']>, ParentType, ContextType>;
  attendanceModeLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<EventAttendanceModeLabelArgs>>;
  categories?: Resolver<Array<ResolversTypes['EventCategory']>, ParentType, ContextType>;
  categoriesLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<EventCategoriesLabelsArgs>>;
  channels?: Resolver<Array<ResolversTypes['SharingChannel']>, ParentType, ContextType>;
  channelsLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<EventChannelsLabelsArgs>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventStatus?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  eventStatusLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<EventEventStatusLabelArgs>>;
  geo?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['MediaFile']>, ParentType, ContextType>;
  isAccessibleForFree?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurrences?: Resolver<Array<ResolversTypes['EventOccurrence']>, ParentType, ContextType, RequireFields<EventOccurrencesArgs, 'from' | 'to'>>;
  onlineUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizer?: Resolver<Maybe<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  priceDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recurrenceExceptions?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  recurrenceRule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registrationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sharedWithMembers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  streetAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  topicsLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<EventTopicsLabelsArgs>>;
  town?: Resolver<ResolversTypes['Town'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  wheelchairAccessible?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventAggregateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EventAggregate'] = ResolversParentTypes['EventAggregate']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['EventAggregateGroup']>, ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  suppressedBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EventAggregateGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EventAggregateGroup'] = ResolversParentTypes['EventAggregateGroup']> = {
  avg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<EventAggregateGroupAvgArgs, 'field'>>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countDistinct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<EventAggregateGroupCountDistinctArgs, 'field'>>;
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<EventAggregateGroupDurationArgs, 'from' | 'statistic' | 'to' | 'unit'>>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<EventAggregateGroupMaxArgs, 'field'>>;
  median?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<EventAggregateGroupMedianArgs, 'field'>>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<EventAggregateGroupMinArgs, 'field'>>;
  percentile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<EventAggregateGroupPercentileArgs, 'field' | 'p'>>;
  sum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<EventAggregateGroupSumArgs, 'field'>>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventOccurrenceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EventOccurrence'] = ResolversParentTypes['EventOccurrence']> = {
  end?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type FreshnessResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Freshness'] = ResolversParentTypes['Freshness']> = {
  behind?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  failing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  oldestSync?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LinkResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MediaFileResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MediaFile'] = ResolversParentTypes['MediaFile']> = {
  alternativeText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  agendaItems?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  auxiliaryFiles?: Resolver<Array<ResolversTypes['MediaFile']>, ParentType, ContextType>;
  cancelled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitation?: Resolver<Maybe<ResolversTypes['MediaFile']>, ParentType, ContextType>;
  livestreamUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetingState?: Resolver<ResolversTypes['MeetingState'], ParentType, ContextType>;
  meetingStateLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<MeetingMeetingStateLabelArgs>>;
  meetingType?: Resolver<ResolversTypes['MeetingType'], ParentType, ContextType>;
  meetingTypeLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<MeetingMeetingTypeLabelArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resultsProtocol?: Resolver<Maybe<ResolversTypes['MediaFile']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  streetAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  town?: Resolver<ResolversTypes['Town'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingAggregateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MeetingAggregate'] = ResolversParentTypes['MeetingAggregate']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['MeetingAggregateGroup']>, ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  suppressedBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MeetingAggregateGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MeetingAggregateGroup'] = ResolversParentTypes['MeetingAggregateGroup']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countDistinct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<MeetingAggregateGroupCountDistinctArgs, 'field'>>;
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<MeetingAggregateGroupDurationArgs, 'from' | 'statistic' | 'to' | 'unit'>>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  town?: Resolver<ResolversTypes['Town'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  votingRight?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipAggregateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MembershipAggregate'] = ResolversParentTypes['MembershipAggregate']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['MembershipAggregateGroup']>, ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  suppressedBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MembershipAggregateGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MembershipAggregateGroup'] = ResolversParentTypes['MembershipAggregateGroup']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countDistinct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<MembershipAggregateGroupCountDistinctArgs, 'field'>>;
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<MembershipAggregateGroupDurationArgs, 'from' | 'statistic' | 'to' | 'unit'>>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MembershipConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MembershipEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
};

export type NewsItemResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NewsItem'] = ResolversParentTypes['NewsItem']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['SharingChannel']>, ParentType, ContextType>;
  channelsLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<NewsItemChannelsLabelsArgs>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  datePublished?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  headline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['MediaFile']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  relatedLinks?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  sharedWithMembers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  topicsLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<NewsItemTopicsLabelsArgs>>;
  town?: Resolver<ResolversTypes['Town'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NewsItemAggregateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NewsItemAggregate'] = ResolversParentTypes['NewsItemAggregate']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['NewsItemAggregateGroup']>, ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  suppressedBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type NewsItemAggregateGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NewsItemAggregateGroup'] = ResolversParentTypes['NewsItemAggregateGroup']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countDistinct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<NewsItemAggregateGroupCountDistinctArgs, 'field'>>;
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<NewsItemAggregateGroupDurationArgs, 'from' | 'statistic' | 'to' | 'unit'>>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NewsItemConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NewsItemConnection'] = ResolversParentTypes['NewsItemConnection']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NewsItemEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NewsItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NewsItemEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NewsItemEdge'] = ResolversParentTypes['NewsItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NewsItem'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'AgendaItem' | 'Alert' | 'Event' | 'Meeting' | 'Membership' | 'NewsItem' | 'Organization' | 'Paper' | 'Person' | 'Place' | 'PlanningApplication' | 'PublicService' | 'ServiceRequest' | 'ServiceType' | 'Town', ParentType, ContextType>;
};

export type OpeningHoursSpecificationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OpeningHoursSpecification'] = ResolversParentTypes['OpeningHoursSpecification']> = {
  closed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  closes?: Resolver<Maybe<ResolversTypes['Time']>, ParentType, ContextType>;
  dayOfWeek?: Resolver<Array<ResolversTypes['DayOfWeek']>, ParentType, ContextType>;
  opens?: Resolver<Maybe<ResolversTypes['Time']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validThrough?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  classification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  membershipsOnBehalf?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationType?: Resolver<ResolversTypes['OrganizationType'], ParentType, ContextType>;
  organizationTypeLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<OrganizationOrganizationTypeLabelArgs>>;
  originatedPapers?: Resolver<Array<ResolversTypes['Paper']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  subOrganizationOf?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  subOrganizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  town?: Resolver<ResolversTypes['Town'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationAggregateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OrganizationAggregate'] = ResolversParentTypes['OrganizationAggregate']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['OrganizationAggregateGroup']>, ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  suppressedBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type OrganizationAggregateGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OrganizationAggregateGroup'] = ResolversParentTypes['OrganizationAggregateGroup']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countDistinct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<OrganizationAggregateGroupCountDistinctArgs, 'field'>>;
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<OrganizationAggregateGroupDurationArgs, 'from' | 'statistic' | 'to' | 'unit'>>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PaperResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Paper'] = ResolversParentTypes['Paper']> = {
  agendaItems?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  auxiliaryFiles?: Resolver<Array<ResolversTypes['MediaFile']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decidedInAgendaItems?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mainFile?: Resolver<Maybe<ResolversTypes['MediaFile']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originatorOrganizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  originatorPersons?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  paperType?: Resolver<ResolversTypes['PaperType'], ParentType, ContextType>;
  paperTypeLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<PaperPaperTypeLabelArgs>>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relatedFrom?: Resolver<Array<ResolversTypes['Paper']>, ParentType, ContextType>;
  relatedPapers?: Resolver<Array<ResolversTypes['Paper']>, ParentType, ContextType>;
  subordinatedPapers?: Resolver<Array<ResolversTypes['Paper']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  superordinatedPaper?: Resolver<Maybe<ResolversTypes['Paper']>, ParentType, ContextType>;
  town?: Resolver<ResolversTypes['Town'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PaperAggregateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PaperAggregate'] = ResolversParentTypes['PaperAggregate']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['PaperAggregateGroup']>, ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  suppressedBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PaperAggregateGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PaperAggregateGroup'] = ResolversParentTypes['PaperAggregateGroup']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countDistinct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<PaperAggregateGroupCountDistinctArgs, 'field'>>;
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<PaperAggregateGroupDurationArgs, 'from' | 'statistic' | 'to' | 'unit'>>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PaperConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PaperConnection'] = ResolversParentTypes['PaperConnection']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PaperEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Paper']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PaperEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PaperEdge'] = ResolversParentTypes['PaperEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formOfAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  genderLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<PersonGenderLabelArgs>>;
  givenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['MediaFile']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originatedPapers?: Resolver<Array<ResolversTypes['Paper']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publicRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  town?: Resolver<ResolversTypes['Town'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonAggregateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PersonAggregate'] = ResolversParentTypes['PersonAggregate']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['PersonAggregateGroup']>, ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  suppressedBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PersonAggregateGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PersonAggregateGroup'] = ResolversParentTypes['PersonAggregateGroup']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countDistinct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<PersonAggregateGroupCountDistinctArgs, 'field'>>;
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<PersonAggregateGroupDurationArgs, 'from' | 'statistic' | 'to' | 'unit'>>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PhoneResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Phone'] = ResolversParentTypes['Phone']> = {
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  children?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  geo?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['MediaFile']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<Array<ResolversTypes['OpeningHoursSpecification']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['Phone']>, ParentType, ContextType>;
  placeType?: Resolver<ResolversTypes['PlaceType'], ParentType, ContextType>;
  placeTypeLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<PlacePlaceTypeLabelArgs>>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  streetAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  topicsLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<PlaceTopicsLabelsArgs>>;
  town?: Resolver<ResolversTypes['Town'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceAggregateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PlaceAggregate'] = ResolversParentTypes['PlaceAggregate']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['PlaceAggregateGroup']>, ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  suppressedBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PlaceAggregateGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PlaceAggregateGroup'] = ResolversParentTypes['PlaceAggregateGroup']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countDistinct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<PlaceAggregateGroupCountDistinctArgs, 'field'>>;
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<PlaceAggregateGroupDurationArgs, 'from' | 'statistic' | 'to' | 'unit'>>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PlaceConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlaceEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type PlanningApplicationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PlanningApplication'] = ResolversParentTypes['PlanningApplication']> = {
  applicationStatus?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  applicationStatusLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<PlanningApplicationApplicationStatusLabelArgs>>;
  applicationType?: Resolver<ResolversTypes['ApplicationType'], ParentType, ContextType>;
  applicationTypeLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<PlanningApplicationApplicationTypeLabelArgs>>;
  cadastralParcels?: Resolver<Array<ResolversTypes['CadastralParcel']>, ParentType, ContextType>;
  claimsDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['ApplicationDecision']>, ParentType, ContextType>;
  decisionDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  decisionLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<PlanningApplicationDecisionLabelArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['MediaFile']>, ParentType, ContextType>;
  geo?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiryEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inquiryStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  streetAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  submissionDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['Town'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanningApplicationAggregateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PlanningApplicationAggregate'] = ResolversParentTypes['PlanningApplicationAggregate']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['PlanningApplicationAggregateGroup']>, ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  suppressedBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PlanningApplicationAggregateGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PlanningApplicationAggregateGroup'] = ResolversParentTypes['PlanningApplicationAggregateGroup']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countDistinct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<PlanningApplicationAggregateGroupCountDistinctArgs, 'field'>>;
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<PlanningApplicationAggregateGroupDurationArgs, 'from' | 'statistic' | 'to' | 'unit'>>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PlanningApplicationConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PlanningApplicationConnection'] = ResolversParentTypes['PlanningApplicationConnection']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PlanningApplicationEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PlanningApplication']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanningApplicationEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PlanningApplicationEdge'] = ResolversParentTypes['PlanningApplicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PlanningApplication'], ParentType, ContextType>;
};

export type PublicServiceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicService'] = ResolversParentTypes['PublicService']> = {
  audiences?: Resolver<Array<ResolversTypes['Audience']>, ParentType, ContextType>;
  audiencesLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<PublicServiceAudiencesLabelsArgs>>;
  channels?: Resolver<Array<ResolversTypes['Channel']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactPoint?: Resolver<Maybe<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  cost?: Resolver<Maybe<ResolversTypes['Cost']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  documentsToBring?: Resolver<Array<ResolversTypes['RequiredDocument']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  lifeEvents?: Resolver<Array<ResolversTypes['LifeEvent']>, ParentType, ContextType>;
  lifeEventsLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<PublicServiceLifeEventsLabelsArgs>>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onlineUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openingHours?: Resolver<Array<ResolversTypes['OpeningHoursSpecification']>, ParentType, ContextType>;
  processingTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  topicsLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<PublicServiceTopicsLabelsArgs>>;
  town?: Resolver<ResolversTypes['Town'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublicServiceAggregateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicServiceAggregate'] = ResolversParentTypes['PublicServiceAggregate']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['PublicServiceAggregateGroup']>, ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  suppressedBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PublicServiceAggregateGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicServiceAggregateGroup'] = ResolversParentTypes['PublicServiceAggregateGroup']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countDistinct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<PublicServiceAggregateGroupCountDistinctArgs, 'field'>>;
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<PublicServiceAggregateGroupDurationArgs, 'from' | 'statistic' | 'to' | 'unit'>>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PublicServiceConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicServiceConnection'] = ResolversParentTypes['PublicServiceConnection']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PublicServiceEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PublicService']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublicServiceEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicServiceEdge'] = ResolversParentTypes['PublicServiceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PublicService'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agendaItems?: Resolver<ResolversTypes['AgendaItemConnection'], ParentType, ContextType, Partial<QueryAgendaItemsArgs>>;
  agendaItemsAggregate?: Resolver<ResolversTypes['AgendaItemAggregate'], ParentType, ContextType, Partial<QueryAgendaItemsAggregateArgs>>;
  alerts?: Resolver<ResolversTypes['AlertConnection'], ParentType, ContextType, Partial<QueryAlertsArgs>>;
  alertsAggregate?: Resolver<ResolversTypes['AlertAggregate'], ParentType, ContextType, Partial<QueryAlertsAggregateArgs>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<QueryEventsArgs>>;
  eventsAggregate?: Resolver<ResolversTypes['EventAggregate'], ParentType, ContextType, Partial<QueryEventsAggregateArgs>>;
  groups?: Resolver<Array<ResolversTypes['TownGroup']>, ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, Partial<QueryMeetingsArgs>>;
  meetingsAggregate?: Resolver<ResolversTypes['MeetingAggregate'], ParentType, ContextType, Partial<QueryMeetingsAggregateArgs>>;
  memberships?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, Partial<QueryMembershipsArgs>>;
  membershipsAggregate?: Resolver<ResolversTypes['MembershipAggregate'], ParentType, ContextType, Partial<QueryMembershipsAggregateArgs>>;
  newsItems?: Resolver<ResolversTypes['NewsItemConnection'], ParentType, ContextType, Partial<QueryNewsItemsArgs>>;
  newsItemsAggregate?: Resolver<ResolversTypes['NewsItemAggregate'], ParentType, ContextType, Partial<QueryNewsItemsAggregateArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<QueryOrganizationsArgs>>;
  organizationsAggregate?: Resolver<ResolversTypes['OrganizationAggregate'], ParentType, ContextType, Partial<QueryOrganizationsAggregateArgs>>;
  papers?: Resolver<ResolversTypes['PaperConnection'], ParentType, ContextType, Partial<QueryPapersArgs>>;
  papersAggregate?: Resolver<ResolversTypes['PaperAggregate'], ParentType, ContextType, Partial<QueryPapersAggregateArgs>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, Partial<QueryPeopleArgs>>;
  peopleAggregate?: Resolver<ResolversTypes['PersonAggregate'], ParentType, ContextType, Partial<QueryPeopleAggregateArgs>>;
  places?: Resolver<ResolversTypes['PlaceConnection'], ParentType, ContextType, Partial<QueryPlacesArgs>>;
  placesAggregate?: Resolver<ResolversTypes['PlaceAggregate'], ParentType, ContextType, Partial<QueryPlacesAggregateArgs>>;
  planningApplications?: Resolver<ResolversTypes['PlanningApplicationConnection'], ParentType, ContextType, Partial<QueryPlanningApplicationsArgs>>;
  planningApplicationsAggregate?: Resolver<ResolversTypes['PlanningApplicationAggregate'], ParentType, ContextType, Partial<QueryPlanningApplicationsAggregateArgs>>;
  publicServices?: Resolver<ResolversTypes['PublicServiceConnection'], ParentType, ContextType, Partial<QueryPublicServicesArgs>>;
  publicServicesAggregate?: Resolver<ResolversTypes['PublicServiceAggregate'], ParentType, ContextType, Partial<QueryPublicServicesAggregateArgs>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  serviceRequests?: Resolver<ResolversTypes['ServiceRequestConnection'], ParentType, ContextType, Partial<QueryServiceRequestsArgs>>;
  serviceRequestsAggregate?: Resolver<ResolversTypes['ServiceRequestAggregate'], ParentType, ContextType, Partial<QueryServiceRequestsAggregateArgs>>;
  serviceTypes?: Resolver<ResolversTypes['ServiceTypeConnection'], ParentType, ContextType, Partial<QueryServiceTypesArgs>>;
  serviceTypesAggregate?: Resolver<ResolversTypes['ServiceTypeAggregate'], ParentType, ContextType, Partial<QueryServiceTypesAggregateArgs>>;
  town?: Resolver<Maybe<ResolversTypes['Town']>, ParentType, ContextType, RequireFields<QueryTownArgs, 'code'>>;
  towns?: Resolver<Array<ResolversTypes['Town']>, ParentType, ContextType, Partial<QueryTownsArgs>>;
};

export type RequiredDocumentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RequiredDocument'] = ResolversParentTypes['RequiredDocument']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ServiceAttributeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceAttribute'] = ResolversParentTypes['ServiceAttribute']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  datatype?: Resolver<ResolversTypes['AttributeDatatype'], ParentType, ContextType>;
  datatypeDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  required?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['ServiceAttributeValue']>, ParentType, ContextType>;
  variable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type ServiceAttributeValueResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceAttributeValue'] = ResolversParentTypes['ServiceAttributeValue']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServiceRequestResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceRequest'] = ResolversParentTypes['ServiceRequest']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  agencyResponsible?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attributeValues?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expectedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  geo?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  media?: Resolver<Array<ResolversTypes['MediaFile']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requestStatus?: Resolver<ResolversTypes['RequestStatus'], ParentType, ContextType>;
  requestStatusLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ServiceRequestRequestStatusLabelArgs>>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  serviceNotice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceType?: Resolver<Maybe<ResolversTypes['ServiceType']>, ParentType, ContextType>;
  statusChangedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  statusNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  town?: Resolver<ResolversTypes['Town'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  zipcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceRequestAggregateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceRequestAggregate'] = ResolversParentTypes['ServiceRequestAggregate']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['ServiceRequestAggregateGroup']>, ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  suppressedBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ServiceRequestAggregateGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceRequestAggregateGroup'] = ResolversParentTypes['ServiceRequestAggregateGroup']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countDistinct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<ServiceRequestAggregateGroupCountDistinctArgs, 'field'>>;
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<ServiceRequestAggregateGroupDurationArgs, 'from' | 'statistic' | 'to' | 'unit'>>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ServiceRequestConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceRequestConnection'] = ResolversParentTypes['ServiceRequestConnection']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ServiceRequestEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceRequest']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceRequestEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceRequestEdge'] = ResolversParentTypes['ServiceRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceRequest'], ParentType, ContextType>;
};

export type ServiceTypeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceType'] = ResolversParentTypes['ServiceType']> = {
  attributes?: Resolver<Array<ResolversTypes['ServiceAttribute']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['ServiceCategory']>, ParentType, ContextType>;
  categoryLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ServiceTypeCategoryLabelArgs>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keywords?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  serviceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceKind?: Resolver<ResolversTypes['ServiceKind'], ParentType, ContextType>;
  serviceKindLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ServiceTypeServiceKindLabelArgs>>;
  serviceRequests?: Resolver<Array<ResolversTypes['ServiceRequest']>, ParentType, ContextType>;
  town?: Resolver<ResolversTypes['Town'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceTypeAggregateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceTypeAggregate'] = ResolversParentTypes['ServiceTypeAggregate']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['ServiceTypeAggregateGroup']>, ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  suppressedBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ServiceTypeAggregateGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceTypeAggregateGroup'] = ResolversParentTypes['ServiceTypeAggregateGroup']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countBelow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countDistinct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<ServiceTypeAggregateGroupCountDistinctArgs, 'field'>>;
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<ServiceTypeAggregateGroupDurationArgs, 'from' | 'statistic' | 'to' | 'unit'>>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ServiceTypeConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceTypeConnection'] = ResolversParentTypes['ServiceTypeConnection']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ServiceTypeEdge']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  missingTowns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceType']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceTypeEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceTypeEdge'] = ResolversParentTypes['ServiceTypeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceType'], ParentType, ContextType>;
};

export interface TimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Time'], any> {
  name: 'Time';
}

export type TownResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Town'] = ResolversParentTypes['Town']> = {
  agendaItems?: Resolver<ResolversTypes['AgendaItemConnection'], ParentType, ContextType, Partial<TownAgendaItemsArgs>>;
  alerts?: Resolver<ResolversTypes['AlertConnection'], ParentType, ContextType, Partial<TownAlertsArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<TownEventsArgs>>;
  groups?: Resolver<Array<ResolversTypes['TownGroupRef']>, ParentType, ContextType>;
  harvest?: Resolver<Maybe<ResolversTypes['TownHarvest']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MemberKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<TownKindLabelArgs>>;
  locales?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, Partial<TownMeetingsArgs>>;
  memberships?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, Partial<TownMembershipsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newsItems?: Resolver<ResolversTypes['NewsItemConnection'], ParentType, ContextType, Partial<TownNewsItemsArgs>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<TownOrganizationsArgs>>;
  papers?: Resolver<ResolversTypes['PaperConnection'], ParentType, ContextType, Partial<TownPapersArgs>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, Partial<TownPeopleArgs>>;
  places?: Resolver<ResolversTypes['PlaceConnection'], ParentType, ContextType, Partial<TownPlacesArgs>>;
  planningApplications?: Resolver<ResolversTypes['PlanningApplicationConnection'], ParentType, ContextType, Partial<TownPlanningApplicationsArgs>>;
  plugins?: Resolver<Array<ResolversTypes['TownPlugin']>, ParentType, ContextType>;
  pluginsOutsideKind?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  publicServices?: Resolver<ResolversTypes['PublicServiceConnection'], ParentType, ContextType, Partial<TownPublicServicesArgs>>;
  serviceRequests?: Resolver<ResolversTypes['ServiceRequestConnection'], ParentType, ContextType, Partial<TownServiceRequestsArgs>>;
  serviceTypes?: Resolver<ResolversTypes['ServiceTypeConnection'], ParentType, ContextType, Partial<TownServiceTypesArgs>>;
  status?: Resolver<ResolversTypes['TownStatus'], ParentType, ContextType>;
  subscriptionLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<TownSubscriptionLabelsArgs>>;
  subscriptions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TownGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TownGroup'] = ResolversParentTypes['TownGroup']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  towns?: Resolver<Array<ResolversTypes['Town']>, ParentType, ContextType>;
};

export type TownGroupRefResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TownGroupRef'] = ResolversParentTypes['TownGroupRef']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TownHarvestResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TownHarvest'] = ResolversParentTypes['TownHarvest']> = {
  behind?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastAttempt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastRefusal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSuccess?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nextAttempt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['HarvestSource'], ParentType, ContextType>;
};

export type TownPluginResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TownPlugin'] = ResolversParentTypes['TownPlugin']> = {
  domain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  modelFingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  packageName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TownStatusResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TownStatus'] = ResolversParentTypes['TownStatus']> = {
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  latencyMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['TownState'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GatewayContext> = {
  AgendaItem?: AgendaItemResolvers<ContextType>;
  AgendaItemAggregate?: AgendaItemAggregateResolvers<ContextType>;
  AgendaItemAggregateGroup?: AgendaItemAggregateGroupResolvers<ContextType>;
  AgendaItemConnection?: AgendaItemConnectionResolvers<ContextType>;
  AgendaItemEdge?: AgendaItemEdgeResolvers<ContextType>;
  AggregateKey?: AggregateKeyResolvers<ContextType>;
  Alert?: AlertResolvers<ContextType>;
  AlertAggregate?: AlertAggregateResolvers<ContextType>;
  AlertAggregateGroup?: AlertAggregateGroupResolvers<ContextType>;
  AlertConnection?: AlertConnectionResolvers<ContextType>;
  AlertEdge?: AlertEdgeResolvers<ContextType>;
  CadastralParcel?: CadastralParcelResolvers<ContextType>;
  Channel?: ChannelResolvers<ContextType>;
  ContactPoint?: ContactPointResolvers<ContextType>;
  Cost?: CostResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EmailAddress?: EmailAddressResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventAggregate?: EventAggregateResolvers<ContextType>;
  EventAggregateGroup?: EventAggregateGroupResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventOccurrence?: EventOccurrenceResolvers<ContextType>;
  Freshness?: FreshnessResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Link?: LinkResolvers<ContextType>;
  MediaFile?: MediaFileResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingAggregate?: MeetingAggregateResolvers<ContextType>;
  MeetingAggregateGroup?: MeetingAggregateGroupResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipAggregate?: MembershipAggregateResolvers<ContextType>;
  MembershipAggregateGroup?: MembershipAggregateGroupResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  NewsItem?: NewsItemResolvers<ContextType>;
  NewsItemAggregate?: NewsItemAggregateResolvers<ContextType>;
  NewsItemAggregateGroup?: NewsItemAggregateGroupResolvers<ContextType>;
  NewsItemConnection?: NewsItemConnectionResolvers<ContextType>;
  NewsItemEdge?: NewsItemEdgeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OpeningHoursSpecification?: OpeningHoursSpecificationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationAggregate?: OrganizationAggregateResolvers<ContextType>;
  OrganizationAggregateGroup?: OrganizationAggregateGroupResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Paper?: PaperResolvers<ContextType>;
  PaperAggregate?: PaperAggregateResolvers<ContextType>;
  PaperAggregateGroup?: PaperAggregateGroupResolvers<ContextType>;
  PaperConnection?: PaperConnectionResolvers<ContextType>;
  PaperEdge?: PaperEdgeResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonAggregate?: PersonAggregateResolvers<ContextType>;
  PersonAggregateGroup?: PersonAggregateGroupResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceAggregate?: PlaceAggregateResolvers<ContextType>;
  PlaceAggregateGroup?: PlaceAggregateGroupResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  PlanningApplication?: PlanningApplicationResolvers<ContextType>;
  PlanningApplicationAggregate?: PlanningApplicationAggregateResolvers<ContextType>;
  PlanningApplicationAggregateGroup?: PlanningApplicationAggregateGroupResolvers<ContextType>;
  PlanningApplicationConnection?: PlanningApplicationConnectionResolvers<ContextType>;
  PlanningApplicationEdge?: PlanningApplicationEdgeResolvers<ContextType>;
  PublicService?: PublicServiceResolvers<ContextType>;
  PublicServiceAggregate?: PublicServiceAggregateResolvers<ContextType>;
  PublicServiceAggregateGroup?: PublicServiceAggregateGroupResolvers<ContextType>;
  PublicServiceConnection?: PublicServiceConnectionResolvers<ContextType>;
  PublicServiceEdge?: PublicServiceEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RequiredDocument?: RequiredDocumentResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  ServiceAttribute?: ServiceAttributeResolvers<ContextType>;
  ServiceAttributeValue?: ServiceAttributeValueResolvers<ContextType>;
  ServiceRequest?: ServiceRequestResolvers<ContextType>;
  ServiceRequestAggregate?: ServiceRequestAggregateResolvers<ContextType>;
  ServiceRequestAggregateGroup?: ServiceRequestAggregateGroupResolvers<ContextType>;
  ServiceRequestConnection?: ServiceRequestConnectionResolvers<ContextType>;
  ServiceRequestEdge?: ServiceRequestEdgeResolvers<ContextType>;
  ServiceType?: ServiceTypeResolvers<ContextType>;
  ServiceTypeAggregate?: ServiceTypeAggregateResolvers<ContextType>;
  ServiceTypeAggregateGroup?: ServiceTypeAggregateGroupResolvers<ContextType>;
  ServiceTypeConnection?: ServiceTypeConnectionResolvers<ContextType>;
  ServiceTypeEdge?: ServiceTypeEdgeResolvers<ContextType>;
  Time?: GraphQLScalarType;
  Town?: TownResolvers<ContextType>;
  TownGroup?: TownGroupResolvers<ContextType>;
  TownGroupRef?: TownGroupRefResolvers<ContextType>;
  TownHarvest?: TownHarvestResolvers<ContextType>;
  TownPlugin?: TownPluginResolvers<ContextType>;
  TownStatus?: TownStatusResolvers<ContextType>;
};

