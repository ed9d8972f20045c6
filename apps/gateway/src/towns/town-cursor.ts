import { createHash } from 'node:crypto';
import { userInputError } from '../errors';

/** Where a cross-town list stopped: per town, how many of its entries were consumed. */
export type TownOffsets = Record<string, number>;

/** A short hash of what defines a list (kind, towns, filters, order, locale). */
export const listSignature = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 12);

export const encodeCursor = (signature: string, offsets: TownOffsets): string => Buffer.from(JSON.stringify({ s: signature, o: offsets })).toString('base64url');

/** Refuses a cursor that is malformed or was made for another list. */
export function decodeCursor(cursor: string | null | undefined, signature: string): TownOffsets {
  if (!cursor) return {};
  let decoded: { s?: unknown; o?: unknown };
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw userInputError('after: not a cursor of this gateway.', { argument: 'after' });
  }
  if (decoded.s !== signature) throw userInputError('after: this cursor belongs to another list (other kind, towns, filters, order or locale).', { argument: 'after' });
  const offsets = decoded.o as TownOffsets;
  if (typeof offsets !== 'object' || offsets === null || Object.values(offsets).some((n) => !Number.isInteger(n) || n < 0)) {
    throw userInputError('after: not a cursor of this gateway.', { argument: 'after' });
  }
  return offsets;
}

/**
 * A cursor of the same list, at other offsets: how a view that pages by number (OParl's
 * `page`) reaches page n of a one-town list from any cursor the gateway made for it, without
 * knowing how a list's signature is computed.
 */
export function moveCursor(cursor: string, offsets: TownOffsets): string {
  const { s } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { s: string };
  return encodeCursor(s, offsets);
}
