import type { IndexList, ListKey } from '@communes/regional-index';
import { isListKey } from '@communes/regional-index';
import { userInputError } from '../errors';

/**
 * A cursor of a list read from the regional index: the list's signature and the key of the
 * edge (its order values, documentId, town). Keys, not offsets: a page goes on after its last
 * entry however many entries the harvest added or removed before it meanwhile.
 */
export const encodeIndexCursor = (signature: string, key: ListKey): string =>
  Buffer.from(JSON.stringify({ s: signature, k: key })).toString('base64url');

/** The key a cursor resumes from; refuses a cursor that is malformed, forged, or another list's (a live list's too). */
export function decodeIndexCursor(
  cursor: string | null | undefined,
  signature: string,
  list: IndexList,
  argument: 'after' | 'before',
): ListKey | undefined {
  if (!cursor) return undefined;
  let decoded: { s?: unknown; k?: unknown };
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = {};
  }
  if (typeof decoded !== 'object' || decoded === null || typeof decoded.s !== 'string')
    throw userInputError(`${argument}: not a cursor of this gateway.`, { argument });
  if (decoded.s !== signature)
    throw userInputError(
      `${argument}: this cursor belongs to another list (other kind, towns, filters, order or locale, or read from the towns rather than the regional index).`,
      { argument },
    );
  if (!isListKey(list, decoded.k)) throw userInputError(`${argument}: not a cursor of this gateway.`, { argument });
  return decoded.k;
}
