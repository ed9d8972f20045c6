import type { AgendaItem } from '../../../schema/generated/graphql-types';
import type { MapContext, NodeBase, OparlKind, OparlObject, Ref } from '../oparl-kind';
import { filesOf, MEDIA_SELECTION, toOparlFile, type MediaNode } from '../to-oparl-file';
import { toOparlObject } from '../to-oparl-object';
import { vocabularyLabel } from '../vocabulary-label';

export type AgendaItemNode = NodeBase & Partial<Pick<AgendaItem, 'number' | 'order' | 'name' | 'public' | 'result' | 'resolutionText' | 'start' | 'end'>> & {
  meeting?: Ref | null;
  resolutionFile?: MediaNode | null;
  auxiliaryFiles?: MediaNode[] | null;
  decision?: Ref | null;
  papers?: Ref[] | null;
};

export const AGENDA_ITEM_SELECTION = `documentId createdAt updatedAt locale meeting { documentId } number order name public result resolutionText
  resolutionFile ${MEDIA_SELECTION} auxiliaryFiles ${MEDIA_SELECTION} start end decision { documentId } papers { documentId }`;

/**
 * OParl links one paper to an item, through a Consultation; the item's decision paper is the
 * one that speaks for it, else the first paper heard (OParl issue #413: several are common).
 */
export function consultedPaperOf(node: AgendaItemNode): string | undefined {
  return node.decision?.documentId ?? node.papers?.[0]?.documentId;
}

/** An agenda item, also embedded in its meeting. A closed-session item keeps its title only. */
export function toOparlAgendaItem(node: AgendaItemNode, context: MapContext): OparlObject {
  const { urls, town, omitInternal } = context;
  const open = node.public !== false;
  const paper = consultedPaperOf(node);
  const owner = { segment: 'agenda-items' as const, node };
  return toOparlObject('AgendaItem', urls.object(town, 'agenda-items', node.documentId), node, {
    meeting: node.meeting ? urls.object(town, 'meetings', node.meeting.documentId) : undefined,
    number: node.number,
    // Required by OParl; the model requires it too, 0 only guards a town on an older model.
    order: node.order ?? 0,
    name: node.name,
    public: node.public ?? true,
    consultation: paper ? urls.consultation(town, node.documentId, paper) : undefined,
    result: vocabularyLabel('agenda-item', 'result', node.result, node.locale),
    resolutionText: open ? node.resolutionText : undefined,
    resolutionFile: open && node.resolutionFile && !omitInternal ? toOparlFile(node.resolutionFile, owner, context) : undefined,
    auxiliaryFile: open && !omitInternal ? filesOf([node.auxiliaryFiles]).map((f) => toOparlFile(f, owner, context)) : undefined,
    start: node.start,
    end: node.end,
  });
}

export const agendaItemKind: OparlKind<AgendaItemNode> = {
  segment: 'agenda-items',
  listField: 'agendaItems',
  graphqlType: 'AgendaItem',
  selection: AGENDA_ITEM_SELECTION,
  toOparl: toOparlAgendaItem,
};
