import { createHash } from 'node:crypto';
import { userInputError } from '../errors';

/** Where a cross-town list stopped: per town, how many of its entries were consumed. */
export type TownOffsets = Record<string, number>;

/** A short hash of what defines a list (kind, towns, filters, order, locale). */
export const listSignature = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 12);

export const encodeCursor = (signature: string, offsets: TownOffsets): string =>
  Buffer.from(JSON.stringify({ s: signature, o: offsets })).toString('base64url');

/** Refuses a cursor that is malformed or was made for another list. */
export function decodeCursor(cursor: string | null | undefined, signature: string): TownOffsets {
  if (!cursor) return {};
  let decoded: { s?: unknown; o?: unknown };
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw userInputError('after: not a cursor of this gateway.', { argument: 'after' });
  }
  if (decoded.s !== signature)
    throw userInputError('after: this cursor belongs to another list (other kind, towns, filters, order or locale).', {
      argument: 'after',
    });
  const offsets = decoded.o as TownOffsets;
  if (typeof offsets !== 'object' || offsets === null || Object.values(offsets).some((n) => !Number.isInteger(n) || n < 0)) {
    throw userInputError('after: not a cursor of this gateway.', { argument: 'after' });
  }
  return offsets;
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
