import { type AggregateGroup, pivot, type Table } from '../aggregate-table';
import type { ChartSpec } from '../chart-spec';
import type { Language, Messages } from '../messages';
import type { Scope } from '../scope';

export interface IndicatorContext {
  scope: Scope;
  year: number;
  /** "Now" for "next month" and "the last twelve months". */
  now: Date;
  language: Language;
  words: Messages;
}

/** What every aggregate answer carries besides its groups: where it comes from and how complete it is. */
export interface AggregateAnswer {
  groups: AggregateGroup[];
  complete: boolean;
  missingTowns: string[];
  suppressedBelow: number | null;
  freshness: { oldestSync: string | null };
}

/** What an aggregate's groups are keyed by, in turn. */
export type Dimension = { field: string } | { date: string; bucket: 'MONTH' | 'QUARTER' | 'YEAR' };

/** A measure of each group besides its count, under an alias. */
export type Measure = { alias: string; countDistinct: string } | { alias: string; medianDays: { from: string; to: string } };

/** One aggregate of a request: a kind's entries grouped and measured, with the list's filters. */
export interface AggregateRequest {
  alias: string;
  /** The kind's list field (`planningApplications`); its aggregate is `<list>Aggregate`. */
  list: string;
  /** The GraphQL type of the kind's filters (`PlanningApplicationFiltersInput`). */
  filtersType: string;
  filters?: Record<string, unknown>;
  groupBy: Dimension[];
  measures?: Measure[];
  /** Events only: count each occurrence in this range (recurring events expanded), not each event. */
  occurrences?: { from: string; to: string };
}

/** One of the analyst's questions: its aggregates asked in one GraphQL request, drawn as one or more charts. */
export interface Indicator {
  id: string;
  /** The operation's name, as a gateway's logs and metrics show it. */
  operation: string;
  title: keyof Messages;
  requests(context: IndicatorContext): AggregateRequest[];
  charts(data: Record<string, AggregateAnswer>, context: IndicatorContext): ChartSpec[];
}

/** The selection of an aggregate answer: the groups' keys and count, more measures, and the answer's provenance. */
function answer(measures: string): string {
  return `{ groups { keys { value other label(language: $language) } count ${measures} } complete missingTowns suppressedBelow freshness { oldestSync } }`;
}

const dimensionText = (d: Dimension) => ('field' in d ? `{ field: ${d.field} }` : `{ date: ${d.date}, bucket: ${d.bucket} }`);
const measureText = (m: Measure) =>
  'countDistinct' in m
    ? `${m.alias}: countDistinct(field: ${m.countDistinct})`
    : `${m.alias}: duration(from: ${m.medianDays.from}, to: ${m.medianDays.to}, statistic: MEDIAN, unit: DAYS)`;

/**
 * The aggregates as one GraphQL operation: each under its alias, the towns by `$towns` or
 * `$group`, each one's filters a variable of the kind's filter type; labels in `$language`.
 */
export function toOperation(
  operation: string,
  requests: readonly AggregateRequest[],
): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const declared = ['$towns: [String!]', '$group: String', '$language: String'];
  const fields = requests.map((request, i) => {
    const filters = request.filters ? `, filters: $filters${i}` : '';
    if (request.filters) {
      declared.push(`$filters${i}: ${request.filtersType}`);
      variables[`filters${i}`] = request.filters;
    }
    const groupBy = request.groupBy.map(dimensionText).join(', ');
    const occurrences = request.occurrences ? `, occurrences: $occurrences${i}` : '';
    if (request.occurrences) {
      declared.push(`$occurrences${i}: OccurrenceRange`);
      variables[`occurrences${i}`] = request.occurrences;
    }
    return `  ${request.alias}: ${request.list}Aggregate(towns: $towns, group: $group${filters}${occurrences}, groupBy: [${groupBy}]) ${answer(
      (request.measures ?? []).map(measureText).join(' '),
    )}`;
  });
  return { query: `query ${operation}(${declared.join(', ')}) {\n${fields.join('\n')}\n}`, variables };
}

/** An answer's groups as a table (rows by one key, series by the other), with its suppression threshold. */
export function tableOf(
  answer: AggregateAnswer,
  row: number,
  column: number,
  value: (group: AggregateGroup) => number | null,
  words: Messages,
  firstColumn: string,
): Table {
  return { ...pivot(answer.groups, row, column, value, words, firstColumn), suppressedBelow: answer.suppressedBelow };
}

export const countOf = (group: AggregateGroup) => group.count;
