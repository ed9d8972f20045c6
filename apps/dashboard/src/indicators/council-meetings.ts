import { single } from '../aggregate-table';
import { brusselsYear } from '../brussels-periods';
import { countOf, type Indicator, tableOf } from './indicator';

/** 3. Council meetings held per town per quarter, agenda items per meeting, the share heard in closed session, decisions by result. */
export const councilMeetings: Indicator = {
  id: 'council-meetings',
  title: 'q3',
  operation: 'CouncilMeetingsPerTown',
  requests: ({ year }) => {
    const { from, to } = brusselsYear(year);
    const start = { gte: from, lt: to };
    const meetings = { list: 'meetings', filtersType: 'MeetingFiltersInput', filters: { start, cancelled: { eq: false } } };
    const items = { list: 'agendaItems', filtersType: 'AgendaItemFiltersInput', filters: { meeting: { start, cancelled: { eq: false } } } };
    return [
      { alias: 'byQuarter', ...meetings, groupBy: [{ date: 'start', bucket: 'QUARTER' }, { field: 'town' }] },
      { alias: 'items', ...items, groupBy: [{ field: 'town' }], measures: [{ alias: 'meetings', countDistinct: 'meeting' }] },
      { alias: 'sessions', ...items, groupBy: [{ field: 'town' }, { field: 'public' }] },
      { alias: 'results', ...items, groupBy: [{ field: 'result' }, { field: 'town' }] },
    ];
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
