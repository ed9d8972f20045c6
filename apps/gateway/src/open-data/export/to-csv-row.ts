/** What starts a formula in a spreadsheet: a cell beginning with one is an attack on whoever opens the file. */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * One CSV record (RFC 4180): fields quoted when they hold the delimiter, a quote or a line
 * break, quotes doubled, CRLF at the end. `neutralizeFormulas` (the Excel option) writes a
 * leading `'` before a cell that a spreadsheet would run as a formula (OWASP's CSV injection):
 * an editor who types `=HYPERLINK(...)` in a title must not run code on an analyst's machine.
 */
export function toCsvRow(cells: readonly string[], delimiter: ',' | ';', neutralizeFormulas: boolean): string {
  return `${cells
    .map((cell) => {
      const text = neutralizeFormulas && FORMULA.test(cell) ? `'${cell}` : cell;
      return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(delimiter)}\r\n`;
}
