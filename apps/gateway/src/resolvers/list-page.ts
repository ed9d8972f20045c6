import type { MergedItem } from '../towns/merge-pages';
import type { GatewayNode } from '../towns/to-node';
import type { TownList } from '../towns/read-town-list';
import type { TownOffsets } from '../towns/town-cursor';
import type { TownEntry } from '../towns/town-directory';

/**
 * One town's slice of the list from `start`, at most `limit` entries, in the list's order or,
 * `reverse`, the other way round from its end; undefined when the town is missing (its error
 * reported).
 */
export type ReadSlice = (entry: TownEntry, start: number, limit: number, reverse?: boolean) => Promise<TownList | undefined>;

/** What a page of a cross-town list needs to know: the window `after`..`before` and its size. */
export interface PageRequest {
  towns: readonly TownEntry[];
  read: ReadSlice;
  compare: (a: GatewayNode, b: GatewayNode) => number;
  size: number;
  /** Where `after` left each town (0 where it gives none). */
  after: TownOffsets;
  /** Where `before` stops each town; undefined without `before`: the list's end. */
  before?: TownOffsets;
}

/** A page of a cross-town list, either way, before it becomes a connection. */
export interface ListPage {
  merged: MergedItem<GatewayNode>[];
  /** Each town's offset where the page stops, its dropped entries consumed: its end forward, its start backward. */
  offsets: TownOffsets;
  /** Whether the page moved past anything, even entries dropped only. */
  moved: boolean;
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}
