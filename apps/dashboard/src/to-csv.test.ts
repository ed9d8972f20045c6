import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv';

describe('toCsv', () => {
  it('writes RFC 4180 with a byte-order mark, quoting what needs it', () => {
    const csv = toCsv({
      columns: ['Town', 'Count'],
      rows: [
        ['Braine-l’Alleud, "BLA"', 3],
        ['Eupen\nOst', 0],
      ],
    });
    expect(csv).toBe('\ufeffTown,Count\r\n"Braine-l’Alleud, ""BLA""",3\r\n"Eupen\nOst",0\r\n');
  });

  it('neutralizes text a spreadsheet would run as a formula, but not negative numbers', () => {
    const csv = toCsv({
      columns: ['Name', 'Delta'],
      rows: [
        ['=HYPERLINK("http://x","y")', -2],
        ['+1', 1],
        ['@SUM(A1)', 0],
        ['-x', 0],
      ],
    });
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"",""y"")",-2`);
    expect(lines[2]).toBe("'+1,1");
    expect(lines[3]).toBe("'@SUM(A1),0");
    expect(lines[4]).toBe("'-x,0");
  });

  it('writes a withheld count as the page shows it, and a missing value as empty', () => {
    expect(toCsv({ columns: ['Town', 'Count'], rows: [['A', null]], suppressedBelow: 5 })).toContain('A,< 5\r\n');
    expect(toCsv({ columns: ['Town', 'Days'], rows: [['A', null]] })).toContain('A,\r\n');
  });
});
