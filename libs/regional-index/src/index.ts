export type { IndexDatabase, IndexQueries } from './index-database';
export { openEmbeddedIndex } from './open-embedded-index';
export { openPostgresIndex } from './open-postgres-index';
export type { IndexedEntry, Removal, RemovedEntry } from './indexed-entry';
export { upsertEntries, removeEntries, removeEntriesNotServed } from './write-entries';
export { isRefusedEntry, recordRefusals, type RefusedEntry } from './refused-entries';
export { readHarvestStates, saveHarvestState, type TownHarvestState } from './town-harvest-state';
export { countLiveEntries, readLiveEntries, searchIndex, type IndexScope, type LiveEntry, type SearchHit } from './read-index';
export { searchTextOf } from './search-text-of';
export { searchConfigurationOf } from './search-configuration';
export { streamLiveEntries, type StreamScope } from './stream-live-entries';
export { freshnessOf, readFreshness, type IndexFreshness } from './read-freshness';
export {
  readListPage,
  countList,
  isListKey,
  type IndexList,
  type ListKey,
  type ListOrderTerm,
  type ListPageRequest,
  type ListRow,
  type TownLocale,
} from './read-list-page';
export { type ListFilters, UnsupportedFilter } from './list-filter-sql';
export { searchList, type SearchListRequest } from './search-list';
export { maintainIndex } from './maintain-index';
export { aggregateList, type AggregateGroup, type AggregateRequest, type Dimension, type Measure, TooManyGroups } from './aggregate-list';
export { TIME_ZONE, type TimeBucket } from './time-expression';
export {
  type OccurrenceCandidate,
  type OccurrenceCandidatesRequest,
  readOccurrenceCandidates,
  TooManyCandidates,
} from './read-occurrence-candidates';
export { SYSTEM_INSTANTS } from './valid-times';
