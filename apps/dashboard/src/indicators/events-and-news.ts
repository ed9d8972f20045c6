import { brusselsMonth, brusselsYear } from '../brussels-periods';
import { countOf, type Indicator, tableOf } from './indicator';
import { format } from '../messages';

/** 4. Events per category per town next month, news items per town per month. */
export const eventsAndNews: Indicator = {
  id: 'events-and-news',
  title: 'q4',
  operation: 'EventsAndNewsPerTown',
  requests: ({ now, year }) => {
    const next = brusselsMonth(now, 1);
    const { from, to } = brusselsYear(year);
    return [
      {
        alias: 'events',
        list: 'events',
        filtersType: 'EventFiltersInput',
        // A weekly market counts four or five times in a month, as the month's calendar shows it.
        occurrences: { from: next.from, to: next.to },
        groupBy: [{ field: 'categories' }, { field: 'town' }],
      },
      {
        alias: 'news',
        list: 'newsItems',
        filtersType: 'NewsItemFiltersInput',
        filters: { datePublished: { gte: from, lt: to } },
        groupBy: [{ date: 'datePublished', bucket: 'MONTH' }, { field: 'town' }],
      },
    ];
  },
  charts: (data, { words, now, year }) => [
    {
      id: 'events-next-month',
      title: format(words.q4Events, { month: brusselsMonth(now, 1).key }),
      type: 'stacked',
      table: tableOf(data.events!, 0, 1, countOf, words, words.category),
    },
    {
      id: 'news-by-month',
      title: `${words.q4News} (${year})`,
      type: 'line',
      table: tableOf(data.news!, 0, 1, countOf, words, words.month),
    },
  ],
};
