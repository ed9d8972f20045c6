import { communesModel, type ResolvedContentType } from '@communes/domain';
import { readFreshness, streamLiveEntries } from '@communes/regional-index';
import { listingFormat } from '../listing/listing-format';
import { toTownScope } from '../listing/town-scope';
import { badParameter } from '../open-data-error';
import { townPublicUrl } from '../../registry/town-registry';
import { OpenDataError, OpenDataErrorCode } from '../open-data-error';
import type { OpenDataContext, OpenDataRoute } from '../open-data-route';
import { serveOpenData, type OpenDataFormat } from '../serve-open-data';
import { type ExportColumn, exportColumns, toCellText } from './export-columns';
import { parseExportQuery } from './parse-export-query';
import { toCsvRow } from './to-csv-row';

const PATH = /^\/export\/([a-z-]+)\.(csv|ndjson)$/;
const byPlural = new Map(communesModel.contentTypes.map((type) => [type.names.plural, type]));

/** Bulk exports: the listings' format (public, errors as small JSON), kept a minute by caches. */
const exportFormat: OpenDataFormat = { ...listingFormat, name: 'export', cacheControl: 'public, max-age=60' };

async function* csvLines(rows: AsyncIterable<{ town: string; data: Record<string, unknown> }>, columns: ExportColumn[], excel: boolean) {
  const delimiter = excel ? ';' : ',';
  // Excel reads UTF-8 (accents) only after a byte-order mark.
  yield `${excel ? '\uFEFF' : ''}${toCsvRow(
    columns.map((c) => c.name),
    delimiter,
    excel,
  )}`;
  for await (const row of rows)
    yield toCsvRow(
      columns.map((c) => toCellText(c.value(row))),
      delimiter,
      excel,
    );
}

async function* ndjsonLines(rows: AsyncIterable<{ town: string; data: Record<string, unknown> }>, columns: ExportColumn[]) {
  for await (const row of rows) yield `${JSON.stringify(Object.fromEntries(columns.map((c) => [c.name, c.value(row)])))}\n`;
}

/**
 * `GET /export/<kind>.csv` and `.ndjson` (`/export/meetings.csv?group=wallonia`): every
 * published entry of a kind in the scope, from the regional index, streamed (no page limit,
 * memory flat however many rows). Each row names its town; headers say how fresh the index
 * is for the towns asked (`x-index-oldest-sync`, `x-index-towns-behind`, `x-index-towns-failing`).
 */
export const exportRoute: OpenDataRoute = {
  name: 'export',
  async handle(ctx: OpenDataContext): Promise<boolean> {
    const path = PATH.exec(ctx.url.pathname);
    if (!path) return false;
    await serveOpenData(ctx, exportFormat, async () => {
      const type: ResolvedContentType | undefined = byPlural.get(path[1]!);
      if (!type)
        throw new OpenDataError(
          404,
          OpenDataErrorCode.NotFound,
          `No kind is named "${path[1]}": export one of ${[...byPlural.keys()].join(', ')}.`,
        );
      const scope = toTownScope(ctx.url, ctx.directory);
      if (scope.shared)
        throw badParameter(
          'shared: bulk exports give the towns’ own entries; a listing with what they follow is in the feeds, calendars and GraphQL.',
        );
      const query = parseExportQuery(ctx.url, type);
      if (!ctx.index)
        throw new OpenDataError(
          503,
          OpenDataErrorCode.IndexUnavailable,
          'This gateway has no regional index: bulk exports need one (GATEWAY_INDEX_DATABASE_URL).',
        );
      const towns = ctx.directory.select(scope.towns, scope.group).map((entry) => entry.town);
      const codes = towns.map((town) => town.code);
      const freshness = await readFreshness(ctx.index, codes);
      const origins = new Map(towns.map((town) => [town.code, townPublicUrl(town).replace(/\/+$/, '')]));
      const columns = exportColumns(type, query.labels, (town) => origins.get(town) ?? '');
      const rows = streamLiveEntries(ctx.index, {
        type,
        towns: codes,
        filters: query.filters,
        ...(query.locale !== undefined ? { locale: type.localized ? query.locale : '' } : {}),
      });
      const csv = path[2] === 'csv';
      const name = `${type.names.plural}${scope.group ? `-${scope.group.replace(/:/g, '-')}` : scope.towns ? `-${scope.towns.join('-').slice(0, 80)}` : ''}`;
      return {
        contentType: csv ? 'text/csv; charset=utf-8; header=present' : 'application/x-ndjson; charset=utf-8',
        body: csv ? csvLines(rows, columns, query.excel) : ndjsonLines(rows, columns),
        headers: {
          'content-disposition': `attachment; filename="${name}.${path[2]}"`,
          'x-index-oldest-sync': freshness.oldestSync?.toISOString() ?? 'never',
          'x-index-towns-behind': freshness.behind.join(','),
          'x-index-towns-failing': freshness.failing.join(','),
        },
      };
    });
    return true;
  },
};
