import { userInputError } from '../errors';

export interface NodeRef {
  town: string;
  /** The content kind's singular name. */
  kind: string;
  documentId: string;
  /**
   * The locale the entry was read in, for a localized kind: the French and German versions of
   * one event are two objects with two ids, so that a client's normalized cache (Relay's
   * store, Apollo Client's) never overwrites one with the other. Absent for a kind that is not
   * localized, and in ids issued before locales were part of them (read in the town's default).
   */
  locale?: string;
}

/** What a global id names: a town, or one entry of a town. */
export type GlobalRef = ({ type: 'entry' } & NodeRef) | { type: 'town'; town: string };

const PREFIX = 'communes:';
/** A locale code as the registry takes it (fr, de, en-GB): anything else in an id is forged. */
const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

const encode = (text: string) => Buffer.from(`${PREFIX}${text}`).toString('base64url');

/** A globally unique, stable id: the town, the kind, the town's documentId and, when localized, the locale. */
export const encodeNodeId = ({ town, kind, documentId, locale }: NodeRef): string =>
  encode(`${town}:${kind}:${documentId}${locale ? `:${locale}` : ''}`);

/** A town's global id: stable as long as its code is. */
export const encodeTownId = (town: string): string => encode(town);

/**
 * What an id names. One that is not an id of this gateway (not base64url, another prefix, a
 * wrong number of parts, an empty part, a locale that is no locale code) is the client's
 * error: BAD_USER_INPUT. A well-formed id of nothing (an unknown town, kind, entry or locale)
 * is for the caller to answer null.
 */
export function decodeNodeId(id: string): GlobalRef {
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const parts = text.startsWith(PREFIX) ? text.slice(PREFIX.length).split(':') : [];
  const [town, kind, documentId, locale] = parts;
  const wellFormed =
    parts.every((part) => part.length > 0) &&
    (parts.length === 1 || parts.length === 3 || (parts.length === 4 && LOCALE.test(locale!))) &&
    // base64url decoding skips what is not of its alphabet: only the id it would issue is one.
    Buffer.from(text).toString('base64url') === id;
  if (!wellFormed) throw userInputError(`"${id.slice(0, 80)}" is not a node id of this gateway.`, { argument: 'id' });
  if (parts.length === 1) return { type: 'town', town: town! };
  return { type: 'entry', town: town!, kind: kind!, documentId: documentId!, ...(locale ? { locale } : {}) };
}

/**
 * An entry's id without its locale: the id it had before locales were part of ids, the same
 * for every language version. For what names the entry rather than one version of it, and
 * must not change for subscribers: an iCalendar UID (one event in a calendar, whatever its
 * language), a feed item's guid.
 */
export function toLocaleFreeId(id: string): string {
  const ref = decodeNodeId(id);
  return ref.type === 'entry' ? encodeNodeId({ town: ref.town, kind: ref.kind, documentId: ref.documentId }) : id;
}
