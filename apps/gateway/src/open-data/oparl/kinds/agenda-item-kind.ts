import { contentTypeNamed, isConfidentialEntry, isWithheldField } from '@communes/domain';
import type { AgendaItem } from '../../../schema/generated/graphql-types';
import type { MapContext, NodeBase, OparlKind, OparlObject, Ref } from '../oparl-kind';
import { filesOf, MEDIA_SELECTION, toOparlFile, type MediaNode } from '../to-oparl-file';
import { toOparlObject } from '../to-oparl-object';
import { vocabularyLabel } from '../vocabulary-label';

export type AgendaItemNode = NodeBase &
  Partial<Pick<AgendaItem, 'number' | 'order' | 'name' | 'public' | 'result' | 'resolutionText' | 'start' | 'end'>> & {
    meeting?: Ref | null;
    resolutionFile?: MediaNode | null;
    auxiliaryFiles?: MediaNode[] | null;
    decision?: Ref | null;
    papers?: Ref[] | null;
  };

const agendaItem = contentTypeNamed('agenda-item');

export const AGENDA_ITEM_SELECTION = `documentId createdAt updatedAt locale meeting { documentId } number order name public result resolutionText
  resolutionFile ${MEDIA_SELECTION} auxiliaryFiles ${MEDIA_SELECTION} start end decision { documentId } papers { documentId }`;

/**
 * OParl links one paper to an item, through a Consultation; the item's decision paper is the
 * one that speaks for it, else the first paper heard (OParl issue #413: several are common).
 */
export function consultedPaperOf(node: AgendaItemNode): string | undefined {
  return node.decision?.documentId ?? node.papers?.[0]?.documentId;
}

/** The model fields each OParl field is made of: a closed-session item keeps an OParl field only when all of them are visible. */
const SOURCES: Record<string, readonly string[]> = {
  meeting: ['meeting'],
  number: ['number'],
  order: ['order'],
  name: ['name'],
  public: ['public'],
  consultation: ['decision', 'papers'],
  result: ['result'],
  resolutionText: ['resolutionText'],
  resolutionFile: ['resolutionFile'],
  auxiliaryFile: ['auxiliaryFiles'],
  start: ['start'],
  end: ['end'],
};

/**
 * An agenda item, also embedded in its meeting. An item heard in closed session keeps what
 * the model's confidentiality rule leaves visible (name, number, order, meeting, public): no
 * result, resolution, files, consultation or times. An item whose flag is unknown counts as
 * closed.
 */
export function toOparlAgendaItem(node: AgendaItemNode, context: MapContext): OparlObject {
  const { urls, town, omitInternal } = context;
  const closed = isConfidentialEntry(agendaItem, node);
  const paper = consultedPaperOf(node);
  const owner = { segment: 'agenda-items' as const, node };
  const fields: OparlObject = {
    meeting: node.meeting ? urls.object(town, 'meetings', node.meeting.documentId) : undefined,
    number: node.number,
    // Required by OParl; the model requires it too, 0 only guards a town on an older model.
    order: node.order ?? 0,
    name: node.name,
    public: !closed,
    consultation: paper ? urls.consultation(town, node.documentId, paper) : undefined,
    result: vocabularyLabel('agenda-item', 'result', node.result, node.locale),
    resolutionText: node.resolutionText,
    resolutionFile: node.resolutionFile && !omitInternal ? toOparlFile(node.resolutionFile, owner, context) : undefined,
    auxiliaryFile: omitInternal ? undefined : filesOf([node.auxiliaryFiles]).map((f) => toOparlFile(f, owner, context)),
    start: node.start,
    end: node.end,
  };
  if (closed) {
    for (const [name, sources] of Object.entries(SOURCES))
      if (sources.some((field) => isWithheldField(agendaItem, field))) delete fields[name];
  }
  return toOparlObject('AgendaItem', urls.object(town, 'agenda-items', node.documentId), node, fields);
}

export const agendaItemKind: OparlKind<AgendaItemNode> = {
  segment: 'agenda-items',
  type: agendaItem,
  selection: AGENDA_ITEM_SELECTION,
  // A closed-session item shows no file: its File URLs are 404.
  files: {
    selection: `public resolutionFile ${MEDIA_SELECTION} auxiliaryFiles ${MEDIA_SELECTION}`,
    of: (node) => (isConfidentialEntry(agendaItem, node) ? [] : filesOf([node.resolutionFile, node.auxiliaryFiles])),
  },
  toOparl: toOparlAgendaItem,
};
