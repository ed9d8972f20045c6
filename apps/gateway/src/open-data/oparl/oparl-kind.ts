import type { ResolvedContentType } from '@communes/domain';
import type { OparlSegment, OparlUrls } from './oparl-urls';
import type { MediaNode } from './to-oparl-file';

/** What a mapper needs besides the node: where URLs point and what the client asked. */
export interface MapContext {
  urls: OparlUrls;
  town: string;
  /** The town's base URL, against which Strapi's relative media URLs resolve. */
  townUrl: string;
  /** OParl's omit_internal: leave embedded objects out of the answer. */
  omitInternal: boolean;
}

export type OparlObject = Record<string, unknown>;

/**
 * One OParl object type read from one kind of the model: the fields to ask the gateway's
 * schema for, and the mapping to OParl 1.1. The kind's root field and GraphQL type come
 * from the model's naming (`namingOf(type)`), never typed here.
 */
export interface OparlKind<N = never> {
  segment: OparlSegment;
  type: ResolvedContentType;
  /** The selection on each node. */
  selection: string;
  /** Its media fields, whose files are OParl File objects at their own URLs; none when absent. */
  files?: { selection: string; of(node: N): MediaNode[] };
  toOparl(node: N, context: MapContext): OparlObject;
  /**
   * Reads the objects a page embeds (a meeting's agenda, a paper's consultations) in
   * operations of their own, and attaches them to the nodes.
   */
  embed?(load: EmbedLoader, nodes: N[]): Promise<void>;
}

/** Reads every entry of a kind matching the filters in the nodes' town, for `embed`. */
export type EmbedLoader = <E>(type: ResolvedContentType, filters: Record<string, unknown>, selection: string) => Promise<E[]>;

export interface Ref {
  documentId: string;
}

/** The fields every node of the gateway carries that OParl uses. */
export interface NodeBase extends Ref {
  createdAt?: string | null;
  updatedAt?: string | null;
  locale?: string | null;
}
