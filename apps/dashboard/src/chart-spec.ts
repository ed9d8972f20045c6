import type { Table } from './aggregate-table';

/** A chart as a panel draws it: its rows, how to draw them, and what to call it. */
export interface ChartSpec {
  /** Stable across languages: the file names of its downloads, and the test's handle. */
  id: string;
  title: string;
  table: Table;
  type: 'bar' | 'stacked' | 'line';
  /** The value axis' name (days, %...). */
  unit?: string;
}
