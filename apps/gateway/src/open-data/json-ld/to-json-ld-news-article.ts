import type { NewsArticle } from 'schema-dts';
import type { NewsNode } from '../feeds/news-nodes';
import { jsonLdUrl } from './json-ld-urls';

/** A news item as a schema.org NewsArticle, published by its town. */
export function toJsonLdNewsArticle(item: NewsNode, origin: string): NewsArticle {
  const publisher = { '@type': 'GovernmentOrganization' as const, name: item.town.name };
  return {
    '@type': 'NewsArticle',
    '@id': jsonLdUrl(origin, 'news', item.id),
    identifier: item.id,
    url: jsonLdUrl(origin, 'news', item.id),
    headline: item.headline ?? '',
    ...(item.summary ? { description: item.summary } : {}),
    ...(item.body ? { articleBody: item.body } : {}),
    ...(item.datePublished ? { datePublished: item.datePublished } : {}),
    ...(item.updatedAt ? { dateModified: item.updatedAt } : {}),
    ...(item.image?.url
      ? {
          image: {
            '@type': 'ImageObject',
            url: item.image.url,
            ...(item.image.alternativeText ? { caption: item.image.alternativeText } : {}),
            ...(item.image.width ? { width: { '@type': 'QuantitativeValue', value: item.image.width } } : {}),
          },
        }
      : {}),
    ...(item.topics.length ? { keywords: item.topics.join(', ') } : {}),
    ...(item.locale ? { inLanguage: item.locale } : {}),
    publisher,
    author: publisher,
    ...(item.relatedLinks.length
      ? {
          citation: item.relatedLinks
            .filter((l) => l.url)
            .map((l) => ({ '@type': 'CreativeWork' as const, url: l.url!, ...(l.label ? { name: l.label } : {}) })),
        }
      : {}),
  };
}
