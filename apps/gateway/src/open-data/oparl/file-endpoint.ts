import { isConfidentialEntry } from '@communes/domain';
import { kindNamed } from '../../towns/content-kinds';
import type { OpenDataContext } from '../open-data-route';
import type { AgendaItemNode } from './kinds/agenda-item-kind';
import { meetingFiles, type MeetingNode } from './kinds/meeting-kind';
import { paperFiles, type PaperNode } from './kinds/paper-kind';
import type { PersonNode } from './kinds/person-kind';
import type { MapContext, NodeBase, OparlKind, OparlObject } from './oparl-kind';
import { OPARL_KINDS } from './oparl-kinds';
import { notFound } from './oparl-error';
import type { OparlSegment } from './oparl-urls';
import { fileKey, filesOf, MEDIA_SELECTION, toOparlFile, type MediaNode } from './to-oparl-file';
import { readOne } from './read-kind-page';

/** The media fields of each kind that has files; a closed-session item shows none. */
const FILES_OF: Partial<Record<OparlSegment, { selection: string; files(node: never): MediaNode[] }>> = {
  meetings: { selection: `invitation ${MEDIA_SELECTION} resultsProtocol ${MEDIA_SELECTION} auxiliaryFiles ${MEDIA_SELECTION}`, files: (n: MeetingNode) => meetingFiles(n) },
  papers: { selection: `mainFile ${MEDIA_SELECTION} auxiliaryFiles ${MEDIA_SELECTION}`, files: (n: PaperNode) => paperFiles(n) },
  'agenda-items': {
    selection: `public resolutionFile ${MEDIA_SELECTION} auxiliaryFiles ${MEDIA_SELECTION}`,
    files: (n: AgendaItemNode) => (isConfidentialEntry(kindNamed('agenda-item'), n) ? [] : filesOf([n.resolutionFile, n.auxiliaryFiles])),
  },
  persons: { selection: `image ${MEDIA_SELECTION}`, files: (n: PersonNode) => filesOf([n.image]) },
};

/** One File, found among its owner's media fields by the key in its URL. */
export async function answerFile(context: OpenDataContext, mapContext: MapContext, segment: OparlSegment, documentId: string, key: string): Promise<OparlObject> {
  const source = FILES_OF[segment];
  if (!source) throw notFound(`${segment} have no files`);
  const kind: OparlKind<never> = { ...OPARL_KINDS[segment], selection: `documentId createdAt updatedAt ${source.selection}` };
  const owner = await readOne<NodeBase>(context, kind as OparlKind<NodeBase>, mapContext.town, documentId);
  const media = owner && source.files(owner as never).find((m) => fileKey(m) === key);
  if (!owner || !media) throw notFound(`file "${key.slice(0, 80)}" of ${segment}/${documentId}`);
  return toOparlFile(media, { segment, node: owner }, mapContext);
}
