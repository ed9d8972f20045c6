import { single } from '../aggregate-table';
import { brusselsYear } from '../brussels-periods';
import { answer, countOf, type Indicator, SCOPE_ARGUMENTS, SCOPE_VARIABLES, tableOf } from './indicator';

/** 3. Council meetings held per town per quarter, agenda items per meeting, the share heard in closed session, decisions by result. */
export const councilMeetings: Indicator = {
  id: 'council-meetings',
  title: 'q3',
  query: `query CouncilMeetingsPerTown(${SCOPE_VARIABLES}, $meetings: MeetingFiltersInput, $items: AgendaItemFiltersInput) {
  byQuarter: meetingsAggregate(${SCOPE_ARGUMENTS}, filters: $meetings, groupBy: [{ date: start, bucket: QUARTER }, { field: town }]) ${answer()}
  items: agendaItemsAggregate(${SCOPE_ARGUMENTS}, filters: $items, groupBy: [{ field: town }]) ${answer('meetings: countDistinct(field: meeting)')}
  sessions: agendaItemsAggregate(${SCOPE_ARGUMENTS}, filters: $items, groupBy: [{ field: town }, { field: public }]) ${answer()}
  results: agendaItemsAggregate(${SCOPE_ARGUMENTS}, filters: $items, groupBy: [{ field: result }, { field: town }]) ${answer()}
}`,
  variables: ({ year }) => {
    const { from, to } = brusselsYear(year);
    const start = { gte: from, lt: to };
    return { meetings: { start, cancelled: { eq: false } }, items: { meeting: { start, cancelled: { eq: false } } } };
  },
  charts: (data, { words, year }) => {
    // The share heard in closed session: the "false" column of public over the town's items.
    const closed = new Map<string, { label: string; closed: number; all: number }>();
    for (const group of data.sessions!.groups) {
      const [town, heardInPublic] = group.keys;
      const entry = closed.get(town!.value ?? '') ?? { label: town!.label ?? town!.value ?? '', closed: 0, all: 0 };
      entry.all += group.count ?? 0;
      if (heardInPublic!.value === 'false') entry.closed += group.count ?? 0;
      closed.set(town!.value ?? '', entry);
    }
    return [
      {
        id: 'meetings-by-quarter',
        title: `${words.q3ByQuarter} (${year})`,
        type: 'bar',
        table: tableOf(data.byQuarter!, 0, 1, countOf, words, words.quarter),
      },
      {
        id: 'items-per-meeting',
        title: `${words.q3Items} (${year})`,
        type: 'bar',
        table: {
          ...single(
            data.items!.groups,
            (g) =>
              g.count !== null && typeof g.meetings === 'number' && g.meetings > 0 ? Math.round((g.count / g.meetings) * 10) / 10 : null,
            words,
            [words.town, words.q3Items],
          ),
          suppressedBelow: data.items!.suppressedBelow,
        },
      },
      {
        id: 'items-closed-session',
        title: `${words.q3Closed} (${year})`,
        type: 'bar',
        unit: '%',
        table: {
          columns: [words.town, '%'],
          rows: [...closed.values()]
            .sort((a, b) => a.label.localeCompare(b.label))
            .map((t) => [t.label, t.all ? Math.round((t.closed / t.all) * 1000) / 10 : null]),
          suppressedBelow: data.sessions!.suppressedBelow,
        },
      },
      {
        id: 'decisions-by-result',
        title: `${words.q3Results} (${year})`,
        type: 'stacked',
        table: tableOf(data.results!, 0, 1, countOf, words, words.result),
      },
    ];
  },
};
