import { contentTypeNamed } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { searchTextOf } from './search-text-of';

describe('searchTextOf', () => {
  it("joins an entry's text fields, title first, and nothing else", () => {
    const text = searchTextOf(contentTypeNamed('news-item'), {
      summary: 'Les travaux reprennent lundi.',
      headline: 'Rue de Liège',
      datePublished: '2026-11-30T09:00:00.000Z',
      topics: ['mobility'],
      body: null,
    });
    expect(text).toBe('Rue de Liège\nLes travaux reprennent lundi.');
  });
});
