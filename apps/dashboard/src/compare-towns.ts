import type { AggregateAnswer } from './indicators/indicator';
import { answer } from './indicators/indicator';
import type { Table } from './aggregate-table';
import { brusselsMonth } from './brussels-periods';
import type { Messages } from './messages';

/** What two towns can be compared on: a kind's aggregate and the date that places an entry in a month. */
export const COMPARABLE = {
  news: { field: 'newsItemsAggregate', filters: 'NewsItemFiltersInput', date: 'datePublished', dateOnly: false, label: 'indNews' },
  requests: {
    field: 'serviceRequestsAggregate',
    filters: 'ServiceRequestFiltersInput',
    date: 'requestedAt',
    dateOnly: false,
    label: 'indRequests',
  },
  applications: {
    field: 'planningApplicationsAggregate',
    filters: 'PlanningApplicationFiltersInput',
    date: 'submissionDate',
    dateOnly: true,
    label: 'indApplications',
  },
  meetings: { field: 'meetingsAggregate', filters: 'MeetingFiltersInput', date: 'start', dateOnly: false, label: 'indMeetings' },
} as const satisfies Record<string, { field: string; filters: string; date: string; dateOnly: boolean; label: keyof Messages }>;

export type Comparable = keyof typeof COMPARABLE;

/** The last twelve months in Brussels, this one included. */
export function lastTwelveMonths(now: Date) {
  return Array.from({ length: 12 }, (_, i) => brusselsMonth(now, i - 11));
}

/** One request: the indicator of two towns per month over the last twelve months. */
export function compareQuery(indicator: Comparable, towns: [string, string], now: Date) {
  const { field, filters, date, dateOnly } = COMPARABLE[indicator];
  const months = lastTwelveMonths(now);
  const bound = (instant: string) => (dateOnly ? instant.slice(0, 10) : instant);
  return {
    query: `query CompareTowns($towns: [String!], $language: String, $filters: ${filters}) {
  compared: ${field}(towns: $towns, filters: $filters, groupBy: [{ date: ${date}, bucket: MONTH }, { field: town }]) ${answer()}
}`,
    variables: { towns, filters: { [date]: { gte: bound(months[0]!.from), lt: bound(months[11]!.to) } } },
  };
}

/** Twelve rows, one per month (a month without entries is 0), a column per town, named as the page knows them. */
export function compareTable(
  result: AggregateAnswer,
  towns: [string, string],
  names: Map<string, string>,
  now: Date,
  words: Messages,
): Table {
  const counts = new Map<string, number | null>();
  for (const group of result.groups) counts.set(`${group.keys[0]!.value}|${group.keys[1]!.value}`, group.count);
  return {
    columns: [words.month, ...towns.map((code) => names.get(code) ?? code)],
    rows: lastTwelveMonths(now).map(({ key }) => [
      key,
      ...towns.map((code) => {
        const id = `${key}|${code}`;
        return counts.has(id) ? counts.get(id)! : 0;
      }),
    ]),
    suppressedBelow: result.suppressedBelow,
  };
}
