/** Where the OParl API is mounted on the gateway. */
export const OPARL_BASE = '/oparl/v1';

/** The URL segment of each list a Body links to; also the first segment of its objects' URLs. */
export type OparlSegment = 'organizations' | 'persons' | 'memberships' | 'meetings' | 'agenda-items' | 'papers';

/**
 * Every OParl URL the gateway hands out. Object ids are URLs (OParl's rule), so they must be
 * absolute and stable: built from the public origin, the town code and the town's documentId
 * only, never from a locale, a page or a cursor.
 */
export interface OparlUrls {
  system: string;
  bodies: string;
  body(town: string): string;
  list(town: string, segment: OparlSegment): string;
  object(town: string, segment: OparlSegment, documentId: string): string;
  /** A media file, keyed by the file name in its URL (Strapi's name plus a hash, so stable). */
  file(town: string, segment: OparlSegment, documentId: string, key: string): string;
  location(town: string, key: string): string;
  organizationMeetings(town: string, documentId: string): string;
  consultation(town: string, agendaItemId: string, paperId: string): string;
}

export function createOparlUrls(origin: string): OparlUrls {
  const root = `${origin.replace(/\/+$/, '')}${OPARL_BASE}`;
  const body = (town: string) => `${root}/bodies/${encodeURIComponent(town)}`;
  const object = (town: string, segment: OparlSegment, documentId: string) => `${body(town)}/${segment}/${encodeURIComponent(documentId)}`;
  return {
    system: `${root}/system`,
    bodies: `${root}/bodies`,
    body,
    list: (town, segment) => `${body(town)}/${segment}`,
    object,
    file: (town, segment, documentId, key) => `${object(town, segment, documentId)}/files/${encodeURIComponent(key)}`,
    location: (town, key) => `${body(town)}/locations/${encodeURIComponent(key)}`,
    organizationMeetings: (town, documentId) => `${object(town, 'organizations', documentId)}/meetings`,
    consultation: (town, agendaItemId, paperId) =>
      `${object(town, 'agenda-items', agendaItemId)}/consultations/${encodeURIComponent(paperId)}`,
  };
}
