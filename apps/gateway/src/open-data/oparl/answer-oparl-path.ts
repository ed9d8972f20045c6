import type { OpenDataContext } from '../open-data-route';
import { answerBodies } from './bodies-endpoint';
import { answerConsultation } from './consultation-endpoint';
import { embedObjects } from './embed-objects';
import { answerFile } from './file-endpoint';
import { organizationKind } from './kinds/organization-kind';
import { meetingKind } from './kinds/meeting-kind';
import { answerList } from './list-endpoint';
import { answerLocation } from './location-endpoint';
import type { MapContext, OparlKind } from './oparl-kind';
import { isOparlSegment, OPARL_KINDS } from './oparl-kinds';
import { notFound } from './oparl-error';
import type { OparlUrls } from './oparl-urls';
import { readOne } from './read-kind-page';
import { readTown } from './read-town';
import { toOparlBody } from './to-oparl-body';
import { toOparlSystem } from './to-oparl-system';

// Strapi's documentIds; anything else cannot name an entry, and must not reach a town's filters.
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,100}$/;

function documentIdOf(segment: string, value: string): string {
  if (!DOCUMENT_ID.test(value)) throw notFound(`${segment}/${value.slice(0, 80)}`);
  return value;
}

/**
 * The answer to a path under /oparl/v1, split in segments: `system`, `bodies`,
 * `bodies/{town}`, `bodies/{town}/{list}`, `bodies/{town}/{list}/{documentId}` and the
 * objects derived from an entry (its files, an organization's meetings, a consultation, a location).
 */
export async function answerOparlPath(context: OpenDataContext, urls: OparlUrls, parts: string[]): Promise<unknown> {
  const [root, code, segment, id, sub, key, ...rest] = parts;
  if (root === 'system' && parts.length === 1) return toOparlSystem(urls);
  if (root !== 'bodies' || rest.length > 0) throw notFound(`no OParl resource at this path; start at ${urls.system}`);
  if (code === undefined) return answerBodies(context, urls);

  const town = await readTown(context, code);
  if (segment === undefined) return toOparlBody(town, urls);
  const mapContext: MapContext = { urls, town: town.code, townUrl: town.url, omitInternal: false };

  if (segment === 'locations' && id !== undefined && sub === undefined) return answerLocation(context, mapContext, id);
  if (!isOparlSegment(segment)) throw notFound(`list "${segment.slice(0, 60)}" of body ${town.code}`);
  const kind = OPARL_KINDS[segment];
  if (id === undefined) return answerList(context, kind, mapContext, urls.list(town.code, segment));

  const documentId = documentIdOf(segment, id);
  if (sub === undefined) {
    const node = await readOne(context, kind, town.code, documentId);
    if (!node) throw notFound(`${segment}/${documentId} in body ${town.code}`);
    await embedObjects(context, kind, town.code, [node], false);
    return kind.toOparl(node, mapContext);
  }
  if (sub === 'files' && key !== undefined) return answerFile(context, mapContext, segment, documentId, key);
  if (segment === 'agenda-items' && sub === 'consultations' && key !== undefined) return answerConsultation(context, mapContext, documentId, documentIdOf('papers', key));
  if (segment === 'organizations' && sub === 'meetings' && key === undefined) {
    const organization = await readOne(context, { ...organizationKind, selection: 'documentId' } as OparlKind<never>, town.code, documentId);
    if (!organization) throw notFound(`organizations/${documentId} in body ${town.code}`);
    const filters = { organizations: { documentId: { eq: documentId } } };
    return answerList(context, meetingKind as OparlKind<never>, mapContext, urls.organizationMeetings(town.code, documentId), filters);
  }
  throw notFound(`no OParl resource at this path; start at ${urls.system}`);
}
