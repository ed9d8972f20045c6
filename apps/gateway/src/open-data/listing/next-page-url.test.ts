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
