import { createHash } from 'node:crypto';
import { userInputError } from '../errors';

/** Where a cross-town list stopped: per town, how many of its entries were consumed. */
export type TownOffsets = Record<string, number>;

/** A short hash of what defines a list (kind, towns, filters, order, locale). */
export const listSignature = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 12);

/** The edge a cursor stands for: its town and its position in that town's order. */
export type CursorEdge = readonly [town: string, position: number];

/**
 * A cursor: the gap after an edge, as every town's offsets once it is consumed, and, for an
 * edge's cursor, the edge itself, so that `before` can find the gap in front of it. A cursor
 * without an edge (`cursorAtOffset`, a page of dropped entries only) is a gap both ways.
 */
export const encodeCursor = (signature: string, offsets: TownOffsets, edge?: CursorEdge): string =>
  Buffer.from(JSON.stringify(edge ? { s: signature, o: offsets, e: edge } : { s: signature, o: offsets })).toString('base64url');

// A safe integer: a forged 1e308 would otherwise reach the towns as `pagination[start]=1e+308`.
const isOffset = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/**
 * The offsets a page resumes from: for `after`, the gap after the cursor's edge (each town's
 * entries before it come first); for `before`, the gap in front of it (its own town stopped
 * at its position). Refuses a cursor that is malformed or was made for another list.
 */
export function decodeCursor(cursor: string | null | undefined, signature: string, argument: 'after' | 'before' = 'after'): TownOffsets {
  if (!cursor) return {};
  const notOurs = () => userInputError(`${argument}: not a cursor of this gateway.`, { argument });
  let decoded: { s?: unknown; o?: unknown; e?: unknown };
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw notOurs();
  }
  if (typeof decoded !== 'object' || decoded === null || typeof decoded.s !== 'string') throw notOurs();
  if (decoded.s !== signature)
    throw userInputError(`${argument}: this cursor belongs to another list (other kind, towns, filters, order or locale).`, { argument });
  const offsets = decoded.o as TownOffsets;
  if (typeof offsets !== 'object' || offsets === null || Array.isArray(offsets) || !Object.values(offsets).every(isOffset)) throw notOurs();
  const edge = decoded.e;
  if (edge === undefined) return offsets;
  if (!Array.isArray(edge) || edge.length !== 2) throw notOurs();
  const [town, position] = edge as unknown[];
  // The edge was consumed: its town's offset is past it.
  if (typeof town !== 'string' || !Object.hasOwn(offsets, town) || !isOffset(position) || position >= offsets[town]!) throw notOurs();
  return argument === 'after' ? offsets : { ...offsets, [town]: position };
}

/**
 * What makes one list of one kind: the arguments of its root field as the resolver receives
 * them. GraphQL hands a resolver its input objects coerced: their keys in the schema's field
 * order, defaults filled in (an order's `direction`). Two lists are the same list when these
 * are equal, whatever page a cursor points at.
 */
export interface KindList {
  /** The kind's singular name in the model (`meeting`). */
  kind: string;
  /** The codes of the towns read, in the registry's order. */
  towns: readonly string[];
  filters?: Record<string, unknown> | null;
  orderBy?: readonly { field: string; direction?: string | null }[] | null;
  locale?: readonly string[] | null;
}

/** The signature a kind list's cursors carry: a cursor resumes only the list it was made for. */
export const kindListSignature = (list: KindList): string =>
  listSignature([list.kind, list.towns, list.filters ?? null, list.orderBy ?? null, list.locale ?? null]);

/**
 * The cursor from which a kind list resumes with each town at the given offset (entries of
 * that town already consumed): how a view that pages by number, OParl's `page`, reads page n
 * in one operation through the public schema, with `after`. Give `filters` and `orderBy`
 * as the resolver receives them (keys in the schema's order, every default written out): a
 * cursor made for other arguments is refused as another list's (BAD_USER_INPUT), never read
 * against the wrong list.
 */
export const cursorAtOffset = (list: KindList, offsets: TownOffsets): string => encodeCursor(kindListSignature(list), offsets);
