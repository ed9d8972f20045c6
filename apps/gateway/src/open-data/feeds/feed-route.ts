import { contentTypeNamed } from '@communes/domain';
import { listingFormat } from '../listing/listing-format';
import { nextPageUrl } from '../listing/next-page-url';
import { parseAfter } from '../listing/parse-after';
import { parseLimit, parseLocales } from '../listing/parse-limit';
import { readList } from '../listing/read-list';
import { scopeTitle } from '../listing/scope-title';
import { toTownScope } from '../listing/town-scope';
import type { OpenDataContext, OpenDataRoute } from '../open-data-route';
import { serveOpenData } from '../serve-open-data';
import { NEWS_SELECTION, type NewsNode } from './news-nodes';
import { toNewsFeed } from './to-news-feed';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
const newsItem = contentTypeNamed('news-item');

const FORMATS = {
  rss: { path: '/feeds/news.rss', contentType: 'application/rss+xml; charset=utf-8' },
  atom: { path: '/feeds/news.atom', contentType: 'application/atom+xml; charset=utf-8' },
} as const;

/** A news feed (RSS 2.0 or Atom 1.0) of one town, several, a group or every town, newest first. */
export function createNewsFeedRoute(format: keyof typeof FORMATS): OpenDataRoute {
  const { path, contentType } = FORMATS[format];
  return {
    name: `feeds ${path}`,
    async handle(ctx: OpenDataContext): Promise<boolean> {
      if (ctx.url.pathname !== path) return false;
      await serveOpenData(ctx, listingFormat, async () => {
        const scope = toTownScope(ctx.url, ctx.directory);
        const limit = parseLimit(ctx.url, DEFAULT_LIMIT, MAX_LIMIT);
        const locale = parseLocales(ctx.url);
        const list = await readList<NewsNode>(ctx, {
          type: newsItem,
          selection: NEWS_SELECTION,
          scope,
          orderBy: [{ field: 'datePublished', direction: 'DESC' }],
          limit,
          after: parseAfter(ctx.url),
          ...(locale ? { locale } : {}),
        });
        const towns = scope.group ? `group=${scope.group}` : scope.towns ? `town=${[...scope.towns].sort().join(',')}` : 'all';
        // A town's feed with what it follows is another feed: its own id.
        const scopeKey = scope.shared ? `${towns}&shared=true` : towns;
        const feed = await toNewsFeed(list.nodes, {
          origin: ctx.publicOrigin,
          url: ctx.url,
          title: scopeTitle(scope, ctx.directory),
          scopeKey,
          format,
        });
        return {
          contentType,
          body: format === 'rss' ? feed.rss2() : feed.atom1(),
          missingTowns: list.missingTowns,
          ...(list.next ? { nextPage: nextPageUrl(ctx.publicOrigin, ctx.url, list.next) } : {}),
        };
      });
      return true;
    },
  };
}
