import { describe, expect, it } from 'vitest';
import { imageFields } from './image-fields';

describe('imageFields', () => {
  it('lists the media fields that accept pictures, by type', () => {
    expect(Object.fromEntries(imageFields('communes-council'))).toEqual({
      'plugin::communes-council.agenda-item': ['auxiliaryFiles'],
      'plugin::communes-council.meeting': ['auxiliaryFiles'],
      'plugin::communes-council.paper': ['auxiliaryFiles'],
      'plugin::communes-council.person': ['image'],
    });
    expect(Object.fromEntries(imageFields('communes-news'))).toEqual({ 'plugin::communes-news.news-item': ['image'] });
  });
});
