import { type AggregateGroup, pivot, type Table } from '../aggregate-table';

import type { ChartSpec } from '../chart-panel';
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

/** One of the analyst's questions: one GraphQL request, drawn as one or more charts. */
export interface Indicator {
  id: string;
  title: keyof Messages;
  query: string;
  variables(context: IndicatorContext): Record<string, unknown>;
  charts(data: Record<string, AggregateAnswer>, context: IndicatorContext): ChartSpec[];
}

/** The selection of an aggregate answer: the groups' keys and count, more measures, and the answer's provenance. */
export function answer(measures = ''): string {
  return `{ groups { keys { value other label(language: $language) } count ${measures} } complete missingTowns suppressedBelow freshness { oldestSync } }`;
}

/** The scope's and the language's variables, declared the same way by every indicator. */
export const SCOPE_VARIABLES = '$towns: [String!], $group: String, $language: String';
export const SCOPE_ARGUMENTS = 'towns: $towns, group: $group';

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
