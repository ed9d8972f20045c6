import type { Table } from './aggregate-table';

/** A spreadsheet runs a cell starting with these as a formula: such text gets a leading apostrophe. */
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as CSV (RFC 4180: commas, CRLF, quotes doubled), with a byte-order mark so that a
 * spreadsheet reads it as UTF-8; text that would run as a formula is neutralized. A withheld
 * count is written as the page shows it ("< 5").
 */
export function toCsv(table: Table): string {
  const shown = (value: string | number | null) => (value === null && table.suppressedBelow ? `< ${table.suppressedBelow}` : value);
  const lines = [table.columns, ...table.rows].map((row) => row.map((value) => cell(shown(value))).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
