import type { MapContext, OparlObject, Ref } from './oparl-kind';
import { toOparlObject } from './to-oparl-object';

/** An agenda item as a paper sees it: where it was heard, and what was decided on it. */
export interface ConsultedItemNode extends Ref {
  /** False for an item heard in closed session, which no paper may show a consultation of. */
  public?: boolean | null;
  meeting?: (Ref & { organizations?: Ref[] | null }) | null;
  decision?: Ref | null;
}

export const CONSULTED_ITEM_SELECTION = 'documentId public meeting { documentId organizations { documentId } } decision { documentId }';

/**
 * OParl's Consultation: a paper heard under an agenda item. The model has no such entry, so
 * its id is the pair (item, paper); it is authoritative when the item adopted this paper.
 */
export function toOparlConsultation(paper: Ref, item: ConsultedItemNode, { urls, town }: MapContext): OparlObject {
  return toOparlObject('Consultation', urls.consultation(town, item.documentId, paper.documentId), null, {
    paper: urls.object(town, 'papers', paper.documentId),
    agendaItem: urls.object(town, 'agenda-items', item.documentId),
    meeting: item.meeting ? urls.object(town, 'meetings', item.meeting.documentId) : undefined,
    organization: (item.meeting?.organizations ?? []).map((o) => urls.object(town, 'organizations', o.documentId)),
    authoritative: item.decision?.documentId === paper.documentId,
  });
}
