import { describe, expect, it } from 'vitest';
import { toBrusselsIso } from './to-brussels-iso';

describe('toBrusselsIso', () => {
  it('writes Brussels wall-clock time with its offset, winter and summer', () => {
    expect(toBrusselsIso('2026-01-15T19:00:00.000Z')).toBe('2026-01-15T20:00:00+01:00');
    expect(toBrusselsIso('2026-07-15T18:30:00.000Z')).toBe('2026-07-15T20:30:00+02:00');
  });
  it('writes the Brussels date of an all-day event, not the UTC one', () => {
    expect(toBrusselsIso('2026-05-31T22:00:00.000Z', true)).toBe('2026-06-01');
  });
  it('leaves out what is not a date', () => {
    expect(toBrusselsIso(null)).toBeUndefined();
    expect(toBrusselsIso('soon')).toBeUndefined();
  });
});
