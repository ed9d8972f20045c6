import { contentTypeNamed } from '@communes/domain';
import type { Meeting } from '../../../schema/generated/graphql-types';
import type { NodeBase, OparlKind, Ref } from '../oparl-kind';
import { OPARL_MEETING_STATE } from '../oparl-vocabularies';
import { filesOf, MEDIA_SELECTION, toOparlFile, type MediaNode } from '../to-oparl-file';
import { toOparlLocation, type AddressFields } from '../to-oparl-location';
import { toOparlObject } from '../to-oparl-object';
import { AGENDA_ITEM_SELECTION, agendaItemKind, toOparlAgendaItem, type AgendaItemNode } from './agenda-item-kind';

export type MeetingNode = NodeBase &
  AddressFields &
  Partial<Pick<Meeting, 'name' | 'meetingState' | 'cancelled' | 'start' | 'end'>> & {
    organizations?: Ref[] | null;
    invitation?: MediaNode | null;
    resultsProtocol?: MediaNode | null;
    auxiliaryFiles?: MediaNode[] | null;
    agendaItems?: AgendaItemNode[] | null;
  };

const MEETING_MEDIA_SELECTION = `invitation ${MEDIA_SELECTION} resultsProtocol ${MEDIA_SELECTION} auxiliaryFiles ${MEDIA_SELECTION}`;

export const meetingKind: OparlKind<MeetingNode> = {
  segment: 'meetings',
  type: contentTypeNamed('meeting'),
  selection: `documentId createdAt updatedAt locale name meetingState cancelled start end locationName streetAddress postalCode locality
    organizations { documentId } ${MEETING_MEDIA_SELECTION}`,
  files: { selection: MEETING_MEDIA_SELECTION, of: (node) => filesOf([node.invitation, node.resultsProtocol, node.auxiliaryFiles]) },
  async embed(load, nodes) {
    if (!nodes.length) return;
    const items = await load<AgendaItemNode>(
      agendaItemKind.type,
      { meeting: { documentId: { in: nodes.map((n) => n.documentId) } } },
      AGENDA_ITEM_SELECTION,
    );
    for (const node of nodes) node.agendaItems = items.filter((item) => item.meeting?.documentId === node.documentId);
  },
  toOparl(node, context) {
    const { urls, town, omitInternal } = context;
    const owner = { segment: 'meetings' as const, node };
    const file = (media: MediaNode | null | undefined) => (media && !omitInternal ? toOparlFile(media, owner, context) : undefined);
    const items = [...(node.agendaItems ?? [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    return toOparlObject('Meeting', urls.object(town, 'meetings', node.documentId), node, {
      name: node.name,
      meetingState: node.meetingState ? OPARL_MEETING_STATE[node.meetingState] : undefined,
      cancelled: node.cancelled ?? false,
      start: node.start,
      end: node.end,
      location: omitInternal ? undefined : toOparlLocation(node, context),
      organization: (node.organizations ?? []).map((o) => urls.object(town, 'organizations', o.documentId)),
      invitation: file(node.invitation),
      resultsProtocol: file(node.resultsProtocol),
      auxiliaryFile: omitInternal ? undefined : filesOf([node.auxiliaryFiles]).map((f) => toOparlFile(f, owner, context)),
      agendaItem: omitInternal ? undefined : items.map((item) => toOparlAgendaItem(item, context)),
    });
  },
};
