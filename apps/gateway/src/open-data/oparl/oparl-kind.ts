import type { OparlSegment, OparlUrls } from './oparl-urls';

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
 * One OParl object type read from one kind of the gateway's schema: the list it comes from,
 * the fields to ask for, and the mapping to OParl 1.1.
 */
export interface OparlKind<N = never> {
  segment: OparlSegment;
  /** The gateway's root list field, e.g. `meetings`. */
  listField: string;
  /** The GraphQL type, e.g. `Meeting` (its filter input is `${graphqlType}FiltersInput`). */
  graphqlType: string;
  /** The selection on each node. */
  selection: string;
  toOparl(node: N, context: MapContext): OparlObject;
  /**
   * Reads the objects a page embeds (a meeting's agenda, a paper's consultations) in
   * operations of their own, and attaches them to the nodes.
   */
  embed?(load: EmbedLoader, nodes: N[]): Promise<void>;
}

/** Reads every entry of a list in the node's town, for `embed`. */
export type EmbedLoader = <E>(source: { listField: string; graphqlType: string }, filters: Record<string, unknown>, selection: string) => Promise<E[]>;

export interface Ref {
  documentId: string;
}

/** The fields every node of the gateway carries that OParl uses. */
export interface NodeBase extends Ref {
  createdAt?: string | null;
  updatedAt?: string | null;
  locale?: string | null;
}
