import { DOCUMENT_ID, isConfidentialEntry } from '@communes/domain';
import { notFound } from '../open-data-error';
import type { OpenDataContext } from '../open-data-route';
import { createOparlReader, type OparlReader } from './create-oparl-reader';
import { agendaItemKind } from './kinds/agenda-item-kind';
import { meetingKind } from './kinds/meeting-kind';
import type { MapContext, NodeBase, OparlKind, OparlObject, Ref } from './oparl-kind';
import { isOparlSegment, OPARL_KINDS } from './oparl-kinds';
import type { OparlUrls } from './oparl-urls';
import { parseListQuery, type ListQuery } from './parse-list-query';
import { CONSULTED_ITEM_SELECTION, toOparlConsultation, type ConsultedItemNode } from './to-oparl-consultation';
import { fileKey, toOparlFile } from './to-oparl-file';
import { addressOfKey, toOparlLocation } from './to-oparl-location';
import { toOparlBody } from './to-oparl-body';
import { toOparlSystem } from './to-oparl-system';
import { toPagedList } from './to-paged-list';

/** What each OParl answer needs: the request, where URLs point, and the reader of the gateway's schema. */
interface Asked {
  context: OpenDataContext;
  urls: OparlUrls;
  read: OparlReader;
}

/** Meetings a Location lists at most (the meetings held at its address). */
const MEETINGS_LISTED = 100;

const missing = (what: string) => notFound(`Not found: ${what}.`);

// Strapi's documentIds only: anything else cannot name an entry, and must not reach a town's filters.
function documentIdOf(segment: string, value: string): string {
  if (!DOCUMENT_ID.test(value)) throw missing(`${segment}/${value.slice(0, 80)}`);
  return value;
}

/** A page past the last is a 404, found before anything is embedded. */
function checkPage(query: ListQuery, total: number): void {
  const pages = Math.max(1, Math.ceil(total / query.limit));
  if (query.page > pages) throw missing(`page ${query.page}; this list has ${pages} page${pages === 1 ? '' : 's'} of ${query.limit}`);
}

/** The System's bodies: every town of the registry, in code order. Towns carry no creation time: the date filters are kept in the links but select every town. */
async function answerBodies({ context, urls, read }: Asked): Promise<unknown> {
  const query = parseListQuery(context.url.searchParams, context.config.maxPageSize);
  const towns = [...(await read.towns())].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  checkPage(query, towns.length);
  const slice = towns.slice((query.page - 1) * query.limit, query.page * query.limit);
  return toPagedList(
    urls.bodies,
    query,
    slice.map((town) => toOparlBody(town, urls)),
    towns.length,
  );
}

/** A paged list of one kind in one town, with the client's filters and any of the route's own. */
async function answerList(
  { context, read }: Asked,
  kind: OparlKind<never>,
  map: MapContext,
  listUrl: string,
  routeFilters: Record<string, unknown> = {},
): Promise<unknown> {
  const query = parseListQuery(context.url.searchParams, context.config.maxPageSize);
  // The client's date filters first, then the route's: the order the schema coerces them to (see cursorAtOffset).
  const page = await read.page(kind, map.town, { ...query.filters, ...routeFilters }, (query.page - 1) * query.limit, query.limit);
  checkPage(query, page.total);
  await read.embed(kind, map.town, page.nodes, query.omitInternal);
  const mapped = { ...map, omitInternal: query.omitInternal };
  return toPagedList(
    listUrl,
    query,
    page.nodes.map((node) => kind.toOparl(node, mapped)),
    page.total,
  );
}

/** One object at its URL, with what it embeds. */
async function answerObject({ read }: Asked, kind: OparlKind<never>, map: MapContext, documentId: string): Promise<OparlObject> {
  const node = await read.one(kind, map.town, documentId);
  if (!node) throw missing(`${kind.segment}/${documentId} in body ${map.town}`);
  await read.embed(kind, map.town, [node], false);
  return kind.toOparl(node, map);
}

/** One File, found among its owner's media fields by the key in its URL. */
async function answerFile({ read }: Asked, kind: OparlKind<never>, map: MapContext, documentId: string, key: string): Promise<OparlObject> {
  const { files } = kind as OparlKind<NodeBase>;
  if (!files) throw missing(`${kind.segment} have no files`);
  const owner = await read.one<NodeBase>(
    kind as OparlKind<NodeBase>,
    map.town,
    documentId,
    `documentId createdAt updatedAt ${files.selection}`,
  );
  const media = owner && files.of(owner).find((m) => fileKey(m) === key);
  if (!owner || !media) throw missing(`file "${key.slice(0, 80)}" of ${kind.segment}/${documentId}`);
  return toOparlFile(media, { segment: kind.segment, node: owner }, map);
}

/** The Consultation of a paper under an agenda item: the pair must exist in the town. */
async function answerConsultation({ read }: Asked, map: MapContext, itemId: string, paperId: string): Promise<OparlObject> {
  type ItemWithPapers = ConsultedItemNode & { papers?: Ref[] | null };
  const item = await read.one<ItemWithPapers>(
    agendaItemKind as OparlKind<never>,
    map.town,
    itemId,
    `${CONSULTED_ITEM_SELECTION} papers { documentId }`,
  );
  // A closed-session item withholds its papers, so it has no consultation to show.
  const open = item && !isConfidentialEntry(agendaItemKind.type, item);
  const heard = open && (item.decision?.documentId === paperId || (item.papers ?? []).some((p) => p.documentId === paperId));
  if (!item || !heard) throw missing(`consultation of paper ${paperId} under agenda item ${itemId}`);
  return toOparlConsultation({ documentId: paperId }, item, map);
}

/**
 * A Location, from the address its key encodes. It exists while some meeting is held there,
 * so a forged key (any address) is a 404, not an invented place.
 */
async function answerLocation({ read }: Asked, map: MapContext, key: string): Promise<OparlObject> {
  const address = addressOfKey(key);
  if (!address) throw missing(`location "${key.slice(0, 80)}"`);
  const filters = Object.fromEntries(
    Object.entries(address).map(([field, value]) => [field, value === null ? { null: true } : { eq: value }]),
  );
  const page = await read.page<Ref>(meetingKind as OparlKind<never>, map.town, filters, 0, MEETINGS_LISTED, 'documentId');
  if (page.total === 0) throw missing(`location "${key.slice(0, 80)}": no meeting is held there`);
  return toOparlLocation(
    address,
    map,
    page.nodes.map((m) => map.urls.object(map.town, 'meetings', m.documentId)),
  )!;
}

/**
 * The answer to a path under /oparl/v1, split in segments: `system`, `bodies`,
 * `bodies/{town}`, `bodies/{town}/{list}`, `bodies/{town}/{list}/{documentId}` and the
 * objects derived from an entry (its files, an organization's meetings, a consultation, a
 * location). Each is read through the gateway's schema by one OparlReader
 * (create-oparl-reader.ts) and mapped by its kind (kinds/*.ts).
 */
export async function answerOparlPath(context: OpenDataContext, urls: OparlUrls, parts: string[]): Promise<unknown> {
  const asked: Asked = { context, urls, read: createOparlReader(context) };
  const [root, code, segment, id, sub, key, ...rest] = parts;
  if (root === 'system' && parts.length === 1) return toOparlSystem(urls);
  if (root !== 'bodies' || rest.length > 0) throw missing(`no OParl resource at this path; start at ${urls.system}`);
  if (code === undefined) return answerBodies(asked);

  const town = await asked.read.town(code);
  if (segment === undefined) return toOparlBody(town, urls);
  const map: MapContext = { urls, town: town.code, townUrl: town.url, omitInternal: false };

  if (segment === 'locations' && id !== undefined && sub === undefined) return answerLocation(asked, map, id);
  if (!isOparlSegment(segment)) throw missing(`list "${segment.slice(0, 60)}" of body ${town.code}`);
  const kind = OPARL_KINDS[segment];
  if (id === undefined) return answerList(asked, kind, map, urls.list(town.code, segment));

  const documentId = documentIdOf(segment, id);
  if (sub === undefined) return answerObject(asked, kind, map, documentId);
  if (sub === 'files' && key !== undefined) return answerFile(asked, kind, map, documentId, key);
  if (segment === 'agenda-items' && sub === 'consultations' && key !== undefined)
    return answerConsultation(asked, map, documentId, documentIdOf('papers', key));
  if (segment === 'organizations' && sub === 'meetings' && key === undefined) {
    if (!(await asked.read.one(kind, town.code, documentId, 'documentId')))
      throw missing(`organizations/${documentId} in body ${town.code}`);
    const filters = { organizations: { documentId: { eq: documentId } } };
    return answerList(asked, meetingKind as OparlKind<never>, map, urls.organizationMeetings(town.code, documentId), filters);
  }
  throw missing(`no OParl resource at this path; start at ${urls.system}`);
}
