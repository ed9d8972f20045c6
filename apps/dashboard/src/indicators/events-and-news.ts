import { brusselsMonth, brusselsYear } from '../brussels-periods';
import { answer, countOf, type Indicator, SCOPE_ARGUMENTS, SCOPE_VARIABLES, tableOf } from './indicator';
import { format } from '../messages';

/** 4. Events per category per town next month, news items per town per month. */
export const eventsAndNews: Indicator = {
  id: 'events-and-news',
  title: 'q4',
  query: `query EventsAndNewsPerTown(${SCOPE_VARIABLES}, $events: EventFiltersInput, $news: NewsItemFiltersInput) {
  events: eventsAggregate(${SCOPE_ARGUMENTS}, filters: $events, groupBy: [{ field: categories }, { field: town }]) ${answer()}
  news: newsItemsAggregate(${SCOPE_ARGUMENTS}, filters: $news, groupBy: [{ date: datePublished, bucket: MONTH }, { field: town }]) ${answer()}
}`,
  variables: ({ now, year }) => {
    const next = brusselsMonth(now, 1);
    const { from, to } = brusselsYear(year);
    return { events: { start: { gte: next.from, lt: next.to } }, news: { datePublished: { gte: from, lt: to } } };
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
