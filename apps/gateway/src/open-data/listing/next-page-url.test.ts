import { describe, expect, it } from 'vitest';
import { nextPageUrl } from './next-page-url';
import { parseAfter } from './parse-after';

describe('paging through a listing', () => {
  it('keeps the request and resumes after the cursor, from the public origin', () => {
    const asked = new URL('http://127.0.0.1:4000/feeds/news.atom?group=hainaut&limit=2&after=old');
    expect(nextPageUrl('https://opendata.example.be', asked, 'eyJzIjoiYWJjIn0')).toBe(
      'https://opendata.example.be/feeds/news.atom?group=hainaut&limit=2&after=eyJzIjoiYWJjIn0',
    );
  });

  it('writes out a default that moves, and leaves a parameter the client gave as it was', () => {
    const asked = new URL('http://127.0.0.1:4000/calendar/events.ics?limit=2');
    expect(nextPageUrl('http://g', asked, 'c', { from: '2026-11-01T10:00:00.000Z' })).toBe(
      'http://g/calendar/events.ics?limit=2&from=2026-11-01T10%3A00%3A00.000Z&after=c',
    );
    const dated = new URL('http://127.0.0.1:4000/calendar/events.ics?from=2026-03-14');
    expect(nextPageUrl('http://g', dated, 'c', { from: '2026-11-01T10:00:00.000Z' })).toBe(
      'http://g/calendar/events.ics?from=2026-03-14&after=c',
    );
  });

  it('reads a cursor, nothing when absent, and refuses what no cursor looks like with a 400', () => {
    expect(parseAfter(new URL('http://x/a?after=eyJzIjoiYWJjIn0'))).toBe('eyJzIjoiYWJjIn0');
    expect(parseAfter(new URL('http://x/a'))).toBeUndefined();
    expect(parseAfter(new URL('http://x/a?after='))).toBeUndefined();
    for (const bad of ['a b', '<script>', 'x'.repeat(4001), '../etc'])
      expect(() => parseAfter(new URL(`http://x/a?after=${encodeURIComponent(bad)}`))).toThrow(
        expect.objectContaining({ status: 400, code: 'BAD_PARAMETER' }),
      );
  });
});
