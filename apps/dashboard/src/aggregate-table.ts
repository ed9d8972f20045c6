/** One key of an aggregate group, as the gateway answers it. */
export interface AggregateKey {
  value: string | null;
  other: boolean;
  label: string | null;
}

/** One group of an aggregate: its keys, its count (null when the gateway withholds a small count), and aliased measures. */
export interface AggregateGroup {
  keys: AggregateKey[];
  count: number | null;
  [measure: string]: unknown;
}

/** What a chart draws, its data table shows and its CSV holds: the same rows. */
export interface Table {
  /** The first column names the rows (a month, a town...); the others are series. */
  columns: string[];
  rows: (string | number | null)[][];
  /** Counts below this were withheld by the gateway (shown as "< k"). */
  suppressedBelow?: number | null;
}

export interface KeyWords {
  none: string;
  other: string;
}

/** How a key reads: its label (a town's name, a category in the page's language), else its code. */
export function keyText(key: AggregateKey, words: KeyWords): string {
  if (key.other) return words.other;
  return key.label ?? key.value ?? words.none;
}

/** A key's place in order: periods and codes sort as written, "(other)" last. */
const sortValue = (key: AggregateKey) => (key.other ? '\uffff' : (key.value ?? '\ufffe'));

/**
 * Groups keyed by two dimensions as a table: one row per value of `row`, one column per value of
 * `column`, each cell `value(group)`; a pair no group has is 0 (nothing counted), a withheld
 * count stays null.
 */
export function pivot(
  groups: readonly AggregateGroup[],
  row: number,
  column: number,
  value: (group: AggregateGroup) => number | null,
  words: KeyWords,
  firstColumn: string,
): Table {
  const rows = new Map<string, { key: AggregateKey; cells: Map<string, number | null> }>();
  const columns = new Map<string, AggregateKey>();
  for (const group of groups) {
    const r = group.keys[row]!;
    const c = group.keys[column]!;
    const rowId = sortValue(r);
    const columnId = sortValue(c);
    columns.set(columnId, c);
    const entry = rows.get(rowId) ?? { key: r, cells: new Map() };
    rows.set(rowId, entry);
    entry.cells.set(columnId, value(group));
  }
  const columnIds = [...columns.keys()].sort();
  return {
    columns: [firstColumn, ...columnIds.map((id) => keyText(columns.get(id)!, words))],
    rows: [...rows.keys()].sort().map((id) => {
      const { key, cells } = rows.get(id)!;
      return [keyText(key, words), ...columnIds.map((c) => (cells.has(c) ? cells.get(c)! : 0))];
    }),
  };
}

/** Groups keyed by one dimension as a table of one series. */
export function single(
  groups: readonly AggregateGroup[],
  value: (group: AggregateGroup) => number | null,
  words: KeyWords,
  columns: [string, string],
): Table {
  const sorted = [...groups].sort((a, b) => (sortValue(a.keys[0]!) < sortValue(b.keys[0]!) ? -1 : 1));
  return { columns: [...columns], rows: sorted.map((group) => [keyText(group.keys[0]!, words), value(group)]) };
}
