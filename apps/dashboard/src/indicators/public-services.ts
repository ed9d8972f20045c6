import { single } from '../aggregate-table';
import { countOf, type Indicator } from './indicator';

/** 6. The public services of the towns asked: how many per town (the CSV of them all is the export's link beside). */
export const publicServices: Indicator = {
  id: 'public-services',
  title: 'q6',
  operation: 'PublicServicesPerTown',
  requests: () => [{ alias: 'byTown', list: 'publicServices', filtersType: 'PublicServiceFiltersInput', groupBy: [{ field: 'town' }] }],
  charts: (data, { words }) => [
    {
      id: 'services-by-town',
      title: words.q6ByTown,
      type: 'bar',
      table: {
        ...single(data.byTown!.groups, countOf, words, [words.town, words.services]),
        suppressedBelow: data.byTown!.suppressedBelow,
      },
    },
  ],
};
