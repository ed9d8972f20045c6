import { describe, expect, it } from 'vitest';
import { toPublishedLocalizations } from './published-localizations';

describe('toPublishedLocalizations', () => {
  it('makes a condition through localizations hold on a published row', () => {
    expect(toPublishedLocalizations({ localizations: { name: { $containsi: 'x' } } })).toEqual({
      localizations: { $and: [{ name: { $containsi: 'x' } }, { publishedAt: { $notNull: true } }] },
    });
  });

  it('reaches localizations under relations and logical operators', () => {
    expect(toPublishedLocalizations({ $or: [{ meeting: { localizations: { name: { $eq: 'x' } } } }, { order: { $eq: '1' } }] })).toEqual({
      $or: [
        { meeting: { localizations: { $and: [{ name: { $eq: 'x' } }, { publishedAt: { $notNull: true } }] } } },
        { order: { $eq: '1' } },
      ],
    });
  });

  it('leaves filters without localizations as they are', () => {
    const filters = { name: { $containsi: 'localizations' }, meeting: { start: { $gt: '2026-01-01T00:00:00Z' } } };
    expect(toPublishedLocalizations(filters)).toEqual(filters);
  });
});
