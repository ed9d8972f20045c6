import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, paramValue } from './ical-text';

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and newlines, in that order', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
  it('drops control characters that iCalendar cannot hold', () => {
    expect(escapeText('a\u0000b\u0007c\td')).toBe('abc d');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });
  it('folds longer lines into lines of at most 75 octets, the continuation starting with a space', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(100)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${'é'.repeat(100)}`);
  });
  it('never splits a multi-byte character', () => {
    const folded = foldLine(`X:${'😀'.repeat(40)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.from(line).toString('utf8')).toBe(line);
  });
});

describe('paramValue', () => {
  it('quotes values holding separators and drops quotes', () => {
    expect(paramValue('Ville de Eupen')).toBe('Ville de Eupen');
    expect(paramValue('Culture; "Eupen"')).toBe('"Culture;  Eupen "');
  });
});
