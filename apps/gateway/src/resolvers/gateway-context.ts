import type { IndexDatabase } from '@communes/regional-index';
import type { GraphQLError } from 'graphql';
import type { GatewayConfig } from '../config';
import type { Logger } from '../logger';
import type { TownDirectory } from '../towns/town-directory';
import type { TownLoaders } from '../towns/town-loaders';

/**
 * A remark on an answer, not an error: its code, the town, kind and field it is about, in
 * words. TOWN_LACKS_FIELD: the town's plugin version lacks a field the operation filters on;
 * TOWN_LACKS_KIND: it runs the kind's plugin in a version without that kind.
 */
export type GatewayNote =
  | { code: 'TOWN_LACKS_FIELD'; town: string; kind: string; field: string; message: string }
  | { code: 'TOWN_LACKS_KIND'; town: string; kind: string; plugin: string; version: string; message: string };

/** Per operation: created for each request, dropped after it. */
export interface GatewayContext {
  config: GatewayConfig;
  directory: TownDirectory;
  loaders: TownLoaders;
  /** The regional index, when the gateway has one. */
  index?: IndexDatabase;
  /** Whether lists and search over more than one town read the index (never for open-data routes, which page by town offsets). */
  readsIndex?: boolean;
  logger?: Logger;
  requestId: string;
  /** One error per failing town: the data of the others still comes back. */
  townErrors: GraphQLError[];
  /**
   * Set as the answer goes out: whether it is a query every town answered, without any error,
   * which the operation cache may keep. An object: Apollo hands each operation a shallow copy
   * of the context, and the HTTP layer reads it from the original.
   */
  answer: { cacheable?: boolean };
  /**
   * What the client should know of an answer that is still whole: a town whose plugin version
   * lacks a field the operation filters on has no match for it, one whose plugin version lacks
   * a kind has none of it (`extensions.notes`).
   */
  notes: GatewayNote[];
  /** Counts asked of towns by live aggregates in this request, against a budget (aggregate-live.ts); an object for the same reason. */
  liveCounts: { asked: number };
}
