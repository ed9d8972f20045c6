import type { ResolvedContentType } from '@communes/domain';
import { listingFormat } from '../listing/listing-format';
import { nextPageUrl } from '../listing/next-page-url';
import { parseAfter } from '../listing/parse-after';
import { readList } from '../listing/read-list';
import { scopeTitle } from '../listing/scope-title';
import { toTownScope } from '../listing/town-scope';
import type { OpenDataContext, OpenDataRoute } from '../open-data-route';
import { serveOpenData } from '../serve-open-data';
import { parseCalendarQuery, type CalendarQuery } from './parse-calendar-query';
import { toICalendar } from './to-icalendar';

export interface CalendarDefinition<T> {
  path: string;
  /** For the calendar's name: "Events", "Council meetings". */
  title: string;
  /** The kind it lists. */
  type: ResolvedContentType;
  selection: string;
  /** The codes `category` accepts. */
  categoryCodes: readonly string[];
  filters(query: CalendarQuery): Record<string, unknown>;
  toVevent(node: T, now: Date): string[] | null;
}

/** An iCalendar endpoint over one kind: town/group scope, dates, categories, ordered by start. */
export function createCalendarRoute<T>(definition: CalendarDefinition<T>): OpenDataRoute {
  return {
    name: `calendar ${definition.path}`,
    async handle(ctx: OpenDataContext): Promise<boolean> {
      if (ctx.url.pathname !== definition.path) return false;
      await serveOpenData(ctx, listingFormat, async () => {
        const now = new Date();
        const scope = toTownScope(ctx.url, ctx.directory);
        const query = parseCalendarQuery(ctx.url, definition.categoryCodes, now);
        const list = await readList<T>(ctx, {
          type: definition.type,
          selection: definition.selection,
          scope,
          filters: definition.filters(query),
          orderBy: [{ field: 'start', direction: 'ASC' }],
          limit: query.limit,
          after: parseAfter(ctx.url),
          ...(query.locale ? { locale: query.locale } : {}),
        });
        const vevents = list.nodes.map((node) => definition.toVevent(node, now)).filter((v): v is string[] => v !== null);
        const body = toICalendar({ name: `${definition.title} — ${scopeTitle(scope, ctx.directory)}` }, vevents);
        return {
          contentType: 'text/calendar; charset=utf-8',
          body,
          missingTowns: list.missingTowns,
          ...(list.next ? { nextPage: nextPageUrl(ctx.publicOrigin, ctx.url, list.next, { from: query.from.toISOString() }) } : {}),
        };
      });
      return true;
    },
  };
}
