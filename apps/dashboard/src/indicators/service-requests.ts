import { single } from '../aggregate-table';
import { countOf, type Indicator, tableOf } from './indicator';

/** 2. Service requests open and closed per town and per shared category, and the median days to closure per town. */
export const serviceRequests: Indicator = {
  id: 'service-requests',
  title: 'q2',
  operation: 'ServiceRequestsPerTown',
  requests: () => {
    const list = 'serviceRequests';
    const filtersType = 'ServiceRequestFiltersInput';
    return [
      { alias: 'byTown', list, filtersType, groupBy: [{ field: 'town' }, { field: 'requestStatus' }] },
      { alias: 'byCategory', list, filtersType, groupBy: [{ field: 'serviceType_category' }, { field: 'requestStatus' }] },
      {
        alias: 'closure',
        list,
        filtersType,
        filters: { requestStatus: { eq: 'closed' } },
        groupBy: [{ field: 'town' }],
        measures: [{ alias: 'days', medianDays: { from: 'requestedAt', to: 'statusChangedAt' } }],
      },
    ];
  },
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
