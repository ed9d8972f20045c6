import type { AggregateAnswer, AggregateRequest } from './indicators/indicator';
import type { Table } from './aggregate-table';
import { brusselsMonth } from './brussels-periods';
import type { Messages } from './messages';

/** What two towns can be compared on: a kind's aggregate and the date that places an entry in a month. */
export const COMPARABLE = {
  news: { list: 'newsItems', filters: 'NewsItemFiltersInput', date: 'datePublished', dateOnly: false, label: 'indNews' },
  requests: {
    list: 'serviceRequests',
    filters: 'ServiceRequestFiltersInput',
    date: 'requestedAt',
    dateOnly: false,
    label: 'indRequests',
  },
  applications: {
    list: 'planningApplications',
    filters: 'PlanningApplicationFiltersInput',
    date: 'submissionDate',
    dateOnly: true,
    label: 'indApplications',
  },
  meetings: { list: 'meetings', filters: 'MeetingFiltersInput', date: 'start', dateOnly: false, label: 'indMeetings' },
} as const satisfies Record<string, { list: string; filters: string; date: string; dateOnly: boolean; label: keyof Messages }>;

export type Comparable = keyof typeof COMPARABLE;

/** The last twelve months in Brussels, this one included. */
export function lastTwelveMonths(now: Date) {
  return Array.from({ length: 12 }, (_, i) => brusselsMonth(now, i - 11));
}

/** One request: the indicator of two towns per month over the last twelve months. */
export function compareRequest(indicator: Comparable, now: Date): AggregateRequest {
  const { list, filters, date, dateOnly } = COMPARABLE[indicator];
  const months = lastTwelveMonths(now);
  const bound = (instant: string) => (dateOnly ? instant.slice(0, 10) : instant);
  return {
    alias: 'compared',
    list,
    filtersType: filters,
    filters: { [date]: { gte: bound(months[0]!.from), lt: bound(months[11]!.to) } },
    groupBy: [{ date, bucket: 'MONTH' }, { field: 'town' }],
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
