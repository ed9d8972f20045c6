import type { OpenDataContext } from '../open-data-route';
import { meetingKind } from './kinds/meeting-kind';
import type { MapContext, OparlKind, OparlObject, Ref } from './oparl-kind';
import { notFound } from './oparl-error';
import { addressOfKey, toOparlLocation } from './to-oparl-location';
import { readKindPage } from './read-kind-page';

const MEETINGS_LISTED = 100;

/**
 * A Location, from the address its key encodes. It exists while some meeting is held there,
 * so a forged key (any address) is a 404, not an invented place.
 */
export async function answerLocation(context: OpenDataContext, mapContext: MapContext, key: string): Promise<OparlObject> {
  const address = addressOfKey(key);
  if (!address) throw notFound(`location "${key.slice(0, 80)}"`);
  const filters = Object.fromEntries(Object.entries(address).map(([field, value]) => [field, value === null ? { null: true } : { eq: value }]));
  const kind = { ...meetingKind, selection: 'documentId' } as OparlKind<never>;
  const page = await readKindPage<Ref>(context, kind as OparlKind<Ref>, mapContext.town, filters, 0, MEETINGS_LISTED);
  if (page.total === 0) throw notFound(`location "${key.slice(0, 80)}": no meeting is held there`);
  const meetings = page.nodes.map((m) => mapContext.urls.object(mapContext.town, 'meetings', m.documentId));
  return toOparlLocation(address, mapContext, meetings)!;
}
