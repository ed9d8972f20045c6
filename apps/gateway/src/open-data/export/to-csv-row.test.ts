import { describe, expect, it } from 'vitest';
import { toCsvRow } from './to-csv-row';

describe('toCsvRow', () => {
  it('quotes what RFC 4180 says to, doubles quotes, and ends with CRLF', () => {
    expect(toCsvRow(['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded', ''], ',', false)).toBe(
      'plain,"a,b","say ""hi""","two\nlines"," padded",\r\n',
    );
    expect(toCsvRow(['a,b', 'c;d'], ';', false)).toBe('a,b;"c;d"\r\n');
  });

  it('keeps a formula from running in a spreadsheet, in the Excel option only', () => {
    const cells = ['=HYPERLINK("http://evil.example","x")', '+1', '-2', '@SUM(A1)', 'fine'];
    expect(toCsvRow(cells, ';', true)).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")";'+1;'-2;'@SUM(A1);fine\r\n`);
    expect(toCsvRow(['=1+1'], ',', false)).toBe('=1+1\r\n');
  });
});
