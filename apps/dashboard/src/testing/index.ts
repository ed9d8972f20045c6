// For other packages' tests (tools/town-e2e): the dashboard's questions and the paging that checks them.
export { countByPaging, groupsById, type PagedGroup } from './count-by-paging';
export { INDICATORS } from '../indicators/all-indicators';
export { toOperation, type AggregateRequest, type Indicator, type IndicatorContext } from '../indicators/indicator';
export { compareRequest } from '../compare-towns';
export { MESSAGES } from '../messages';
export { checkQuestions, type QuestionCheck } from './check-questions';
export { scopeVariables, type Scope } from '../scope';
export { TOWNS_QUERY, townsTable, type TownRow } from '../towns-table';
