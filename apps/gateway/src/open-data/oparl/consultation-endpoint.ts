import { isConfidentialEntry } from '@communes/domain';
import { kindNamed } from '../../towns/content-kinds';
import type { OpenDataContext } from '../open-data-route';
import { agendaItemKind } from './kinds/agenda-item-kind';
import type { MapContext, OparlKind, OparlObject, Ref } from './oparl-kind';
import { notFound } from './oparl-error';
import { readOne } from './read-kind-page';
import { CONSULTED_ITEM_SELECTION, toOparlConsultation, type ConsultedItemNode } from './to-oparl-consultation';

type ItemWithPapers = ConsultedItemNode & { papers?: Ref[] | null };

/** The Consultation of a paper under an agenda item: the pair must exist in the town. */
export async function answerConsultation(context: OpenDataContext, mapContext: MapContext, itemId: string, paperId: string): Promise<OparlObject> {
  const kind = { ...agendaItemKind, selection: `${CONSULTED_ITEM_SELECTION} papers { documentId }` } as OparlKind<never>;
  const item = await readOne<ItemWithPapers>(context, kind as OparlKind<ItemWithPapers>, mapContext.town, itemId);
  // A closed-session item withholds its papers, so it has no consultation to show.
  const open = item && !isConfidentialEntry(kindNamed('agenda-item'), item);
  const heard = open && (item.decision?.documentId === paperId || (item.papers ?? []).some((p) => p.documentId === paperId));
  if (!item || !heard) throw notFound(`consultation of paper ${paperId} under agenda item ${itemId}`);
  return toOparlConsultation({ documentId: paperId }, item, mapContext);
}
