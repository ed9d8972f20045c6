import { describe, expect, it } from 'vitest';
import { OpenDataError } from '../open-data-error';
import { parseOpen311Date } from './parse-open311-date';

describe('parseOpen311Date', () => {
  it('reads a day as its first instant in UTC, and a date-time with its offset', () => {
    expect(parseOpen311Date('start_date', '2026-05-24')).toBe('2026-05-24T00:00:00.000Z');
    expect(parseOpen311Date('start_date', '2026-05-24T00:00:00+02:00')).toBe('2026-05-23T22:00:00.000Z');
  });

  // V8's Date.parse reads 2026-02-30 as March 2: the calendar, not only the shape, decides.
  it.each(['2026-02-30', '2026-02-30T00:00:00Z', '2026-04-31T10:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T10:00:00', 'yesterday'])(
    'refuses %s with a 400 naming the parameter',
    (value) => {
      const error = (() => {
        try {
          parseOpen311Date('end_date', value);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(OpenDataError);
      expect(error).toMatchObject({ status: 400, message: expect.stringContaining('end_date') });
    },
  );
});
