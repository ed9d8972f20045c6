import type { MapContext, NodeBase, OparlObject } from './oparl-kind';
import type { OparlSegment } from './oparl-urls';
import { toOparlObject } from './to-oparl-object';

export interface MediaNode {
  url: string;
  name?: string | null;
  caption?: string | null;
  alternativeText?: string | null;
  mime?: string | null;
  /** Kilobytes, as Strapi reports it. */
  size?: number | null;
}

export const MEDIA_SELECTION = '{ url name caption alternativeText mime size }';

/** The file's key in its OParl URL: the last segment of its URL, which Strapi makes unique with a hash. */
export function fileKey(media: MediaNode): string {
  const path = new URL(media.url, 'http://town').pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || 'file';
}

/** OParl's back-reference from a file to what it belongs to, by the owner's kind. */
const BACKREFERENCE: Partial<Record<OparlSegment, 'meeting' | 'agendaItem' | 'paper' | 'person'>> = {
  meetings: 'meeting',
  'agenda-items': 'agendaItem',
  papers: 'paper',
  persons: 'person',
};

/** An OParl File from a media field of a meeting, agenda item, paper or person. */
export function toOparlFile(media: MediaNode, owner: { segment: OparlSegment; node: NodeBase }, context: MapContext): OparlObject {
  const { urls, town, townUrl } = context;
  const ownerUrl = urls.object(town, owner.segment, owner.node.documentId);
  const backreference = BACKREFERENCE[owner.segment];
  const accessUrl = new URL(media.url, townUrl).href;
  return toOparlObject('File', urls.file(town, owner.segment, owner.node.documentId, fileKey(media)), null, {
    name: media.caption || media.alternativeText || media.name,
    fileName: media.name,
    mimeType: media.mime,
    // Strapi stores kilobytes with decimals; OParl wants whole bytes.
    size: typeof media.size === 'number' ? Math.round(media.size * 1024) : undefined,
    accessUrl,
    downloadUrl: accessUrl,
    ...(backreference ? { [backreference]: backreference === 'person' ? ownerUrl : [ownerUrl] } : {}),
  });
}

/** The files of an owner's media fields, in field order. */
export function filesOf(fields: (MediaNode | null | undefined | readonly MediaNode[])[]): MediaNode[] {
  return fields.flatMap((f) => (f ? (Array.isArray(f) ? f : [f as MediaNode]) : []));
}
