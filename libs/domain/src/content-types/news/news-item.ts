import { defineContentType } from '../../content-type';
import { link } from '../../value-types/link';
import { topic } from '../../vocabularies/topic';

/** schema.org NewsArticle. */
export const newsItem = defineContentType({
  domain: 'news',
  names: { singular: 'news-item', plural: 'news-items', display: 'News item' },
  description: 'A news article published by the town.',
  fields: {
    headline: { kind: 'string', required: true, localized: true, maxLength: 300 },
    summary: { kind: 'text', localized: true, maxLength: 1000 },
    body: { kind: 'richText', localized: true },
    datePublished: { kind: 'dateTime', required: true },
    topics: { kind: 'enumerationList', vocabulary: topic },
    image: { kind: 'media', multiple: false, allowedTypes: ['images'] },
    relatedLinks: { kind: 'struct', valueType: link, list: true, localized: true },
  },
  defaultOrder: [{ field: 'datePublished', direction: 'desc' }],
  uniqueKeys: [],
  indexes: [['datePublished']],
});
