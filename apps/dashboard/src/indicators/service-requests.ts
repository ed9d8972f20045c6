import { single } from '../aggregate-table';
import { answer, countOf, type Indicator, SCOPE_ARGUMENTS, SCOPE_VARIABLES, tableOf } from './indicator';

/** 2. Service requests open and closed per town and per shared category, and the median days to closure per town. */
export const serviceRequests: Indicator = {
  id: 'service-requests',
  title: 'q2',
  query: `query ServiceRequestsPerTown(${SCOPE_VARIABLES}) {
  byTown: serviceRequestsAggregate(${SCOPE_ARGUMENTS}, groupBy: [{ field: town }, { field: requestStatus }]) ${answer()}
  byCategory: serviceRequestsAggregate(${SCOPE_ARGUMENTS}, groupBy: [{ field: serviceType_category }, { field: requestStatus }]) ${answer()}
  closure: serviceRequestsAggregate(${SCOPE_ARGUMENTS}, filters: { requestStatus: { eq: closed } }, groupBy: [{ field: town }]) ${answer(
    'days: duration(from: requestedAt, to: statusChangedAt, statistic: MEDIAN, unit: DAYS)',
  )}
}`,
  variables: () => ({}),
  charts: (data, { words }) => [
    {
      id: 'requests-by-town',
      title: words.q2ByTown,
      type: 'stacked',
      table: tableOf(data.byTown!, 0, 1, countOf, words, words.town),
    },
    {
      id: 'requests-by-category',
      title: words.q2ByCategory,
      type: 'stacked',
      table: tableOf(data.byCategory!, 0, 1, countOf, words, words.category),
    },
    {
      id: 'requests-closure-days',
      title: words.q2Closure,
      type: 'bar',
      unit: words.days,
      table: {
        ...single(data.closure!.groups, (g) => (typeof g.days === 'number' ? Math.round(g.days * 10) / 10 : null), words, [
          words.town,
          words.days,
        ]),
        suppressedBelow: data.closure!.suppressedBelow,
      },
    },
  ],
};
