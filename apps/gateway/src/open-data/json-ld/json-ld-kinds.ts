import { contentTypeNamed, type ResolvedContentType } from '@communes/domain';
import { NEWS_SELECTION, type NewsNode } from '../feeds/news-nodes';
import {
  EVENT_LD_SELECTION,
  PLACE_LD_SELECTION,
  PUBLIC_SERVICE_LD_SELECTION,
  type EventLdNode,
  type PlaceLdNode,
  type PublicServiceLdNode,
} from './json-ld-nodes';
import type { JsonLdKindPath } from './json-ld-urls';
import { toJsonLdEvent } from './to-json-ld-event';
import { toJsonLdNewsArticle } from './to-json-ld-news-article';
import { toJsonLdPlace } from './to-json-ld-place';
import { toJsonLdPublicService } from './to-json-ld-public-service';

/** How one kind is read from the gateway's schema and written as schema.org. */
export interface JsonLdKind {
  /** The kind it reads; its root field and GraphQL type come from the model's naming. */
  type: ResolvedContentType;
  selection: string;
  orderBy: { field: string; direction: 'ASC' | 'DESC' }[];
  /**
   * The schema.org object of one node the selection read; its type is checked against
   * schema-dts where it is built.
   */
  toJsonLd(node: unknown, origin: string): object;
}

/** A kind whose converter takes the node its own selection reads (`T`, written beside the selection). */
const kind = <T>({ toJsonLd, ...k }: Omit<JsonLdKind, 'toJsonLd'> & { toJsonLd(node: T, origin: string): object }): JsonLdKind => ({
  ...k,
  toJsonLd: (node, origin) => toJsonLd(node as T, origin),
});

export const jsonLdKinds: Record<JsonLdKindPath, JsonLdKind> = {
  events: kind<EventLdNode>({
    type: contentTypeNamed('event'),
    selection: EVENT_LD_SELECTION,
    orderBy: [{ field: 'start', direction: 'DESC' }],
    toJsonLd: toJsonLdEvent,
  }),
  places: kind<PlaceLdNode>({
    type: contentTypeNamed('place'),
    selection: PLACE_LD_SELECTION,
    orderBy: [{ field: 'name', direction: 'ASC' }],
    toJsonLd: toJsonLdPlace,
  }),
  'public-services': kind<PublicServiceLdNode>({
    type: contentTypeNamed('public-service'),
    selection: PUBLIC_SERVICE_LD_SELECTION,
    orderBy: [{ field: 'name', direction: 'ASC' }],
    toJsonLd: toJsonLdPublicService,
  }),
  news: kind<NewsNode>({
    type: contentTypeNamed('news-item'),
    selection: NEWS_SELECTION,
    orderBy: [{ field: 'datePublished', direction: 'DESC' }],
    toJsonLd: toJsonLdNewsArticle,
  }),
};

export const isJsonLdKindPath = (value: string): value is JsonLdKindPath => Object.hasOwn(jsonLdKinds, value);
