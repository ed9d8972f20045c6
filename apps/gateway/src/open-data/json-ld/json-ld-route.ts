import { listingFormat } from '../listing/listing-format';
import { nextPageUrl } from '../listing/next-page-url';
import { parseAfter } from '../listing/parse-after';
import { parseLimit, parseLocales } from '../listing/parse-limit';
import { readList } from '../listing/read-list';
import { toTownScope } from '../listing/town-scope';
import { notFound } from '../open-data-error';
import type { OpenDataContext, OpenDataRoute } from '../open-data-route';
import { serveOpenData } from '../serve-open-data';
import { isJsonLdKindPath, jsonLdKinds } from './json-ld-kinds';
import { readJsonLdNode } from './read-json-ld-node';

const PATH = /^\/json-ld\/([a-z-]+)(?:\/([^/]+))?\/?$/;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
/** A path segment as text; a malformed escape stays as it came and simply matches no id. */
const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

const CONTENT_TYPE = 'application/ld+json; charset=utf-8';

/**
 * schema.org JSON-LD: `/json-ld/{kind}` is an ItemList of a town's (or group's) entries,
 * `/json-ld/{kind}/{id}` one entry; both ready for a `<script type="application/ld+json">`.
 */
export const jsonLdRoute: OpenDataRoute = {
  name: 'json-ld',
  async handle(ctx: OpenDataContext): Promise<boolean> {
    const match = PATH.exec(ctx.url.pathname);
    if (!match) return false;
    await serveOpenData(ctx, listingFormat, async () => {
      const [, kindPath = '', id] = match;
      if (!isJsonLdKindPath(kindPath))
        throw notFound(`Unknown kind "${kindPath}": expected one of ${Object.keys(jsonLdKinds).join(', ')}.`);
      const kind = jsonLdKinds[kindPath];
      const locale = parseLocales(ctx.url);
      if (id !== undefined) {
        const node = await readJsonLdNode(ctx, kind, decodeSegment(id), locale);
        return {
          contentType: CONTENT_TYPE,
          body: JSON.stringify({ '@context': 'https://schema.org', ...kind.toJsonLd(node, ctx.publicOrigin) }),
        };
      }
      const scope = toTownScope(ctx.url, ctx.directory);
      const limit = parseLimit(ctx.url, DEFAULT_LIMIT, MAX_LIMIT);
      const list = await readList<unknown>(ctx, {
        type: kind.type,
        selection: kind.selection,
        scope,
        orderBy: kind.orderBy,
        limit,
        after: parseAfter(ctx.url),
        ...(locale ? { locale } : {}),
      });
      const body = {
        '@context': 'https://schema.org',
        '@type': 'ItemList',
        numberOfItems: list.nodes.length,
        itemListElement: list.nodes.map((node, index) => ({
          '@type': 'ListItem',
          position: index + 1,
          item: kind.toJsonLd(node, ctx.publicOrigin),
        })),
      };
      return {
        contentType: CONTENT_TYPE,
        body: JSON.stringify(body),
        missingTowns: list.missingTowns,
        ...(list.next ? { nextPage: nextPageUrl(ctx.publicOrigin, ctx.url, list.next) } : {}),
      };
    });
    return true;
  },
};
