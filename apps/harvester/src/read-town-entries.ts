import { isWithheldLink, contentTypeNamed } from '@communes/domain';
import { fetchTownJson } from './fetch-town-json';
import { HarvestError, HarvestErrorCode } from './harvest-error';
import type { TownKind } from './read-town-manifest';
import type { TownSource } from './town-source';

/** At most this many documentIds per request: the towns' limit on a list of filter values. */
export const IDS_PER_REQUEST = 100;

type RestEntry = Record<string, unknown> & { documentId?: unknown };

/**
 * What a town serves of a kind's entries, with every field it serves, its relations as
 * documentIds and its files: the public REST list, as any visitor reads it.
 */
function entryQuery(kind: TownKind): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, field] of Object.entries(kind.type.fields)) {
    if (!kind.fields.has(name)) continue;
    if (field.kind === 'relation') {
      params.append(`populate[${name}][fields][0]`, 'documentId');
      // A paper's agenda items: the flag that tells a closed one (a town of ours leaves those out already).
      if (isWithheldLink(kind.type, name, contentTypeNamed)) {
        const flag = contentTypeNamed(field.target).confidentiality?.when.field;
        if (flag) params.append(`populate[${name}][fields][1]`, flag);
      }
    } else if (field.kind === 'media') params.append(`populate[${name}]`, 'true');
  }
  return params;
}

/** The published versions, in `locale`, of at most 100 documents of a kind. */
export async function readEntriesById(
  town: TownSource,
  kind: TownKind,
  locale: string | undefined,
  documentIds: readonly string[],
  timeoutMs: number,
): Promise<RestEntry[]> {
  const params = entryQuery(kind);
  for (const [i, id] of documentIds.entries()) params.append(`filters[documentId][$in][${i}]`, id);
  params.append('pagination[pageSize]', String(IDS_PER_REQUEST));
  if (locale && kind.localized) params.append('locale', locale);
  return readList(town, kind, params, timeoutMs);
}

/** One page of every published entry of a kind, in `locale`, in documentId order. */
export async function readEntriesPage(
  town: TownSource,
  kind: TownKind,
  locale: string | undefined,
  start: number,
  limit: number,
  timeoutMs: number,
): Promise<RestEntry[]> {
  const params = entryQuery(kind);
  params.append('sort[0]', 'documentId:asc');
  params.append('pagination[start]', String(start));
  params.append('pagination[limit]', String(limit));
  if (locale && kind.localized) params.append('locale', locale);
  return readList(town, kind, params, timeoutMs);
}

async function readList(town: TownSource, kind: TownKind, params: URLSearchParams, timeoutMs: number): Promise<RestEntry[]> {
  const { body } = await fetchTownJson<{ data?: unknown }>(town, `/api${kind.restPath}?${params}`, timeoutMs);
  if (!body || !Array.isArray(body.data))
    throw new HarvestError(HarvestErrorCode.TownBadResponse, town.code, `its ${kind.kind} list answered no data`);
  for (const entry of body.data as RestEntry[])
    if (typeof entry?.documentId !== 'string')
      throw new HarvestError(HarvestErrorCode.TownBadResponse, town.code, `a ${kind.kind} entry has no documentId`);
  return body.data as RestEntry[];
}
