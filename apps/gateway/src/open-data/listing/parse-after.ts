import { badParameter } from '../open-data-error';

/** A cursor as the gateway writes them (base64url), with room for many towns' offsets. */
const CURSOR = /^[A-Za-z0-9_-]{1,4000}$/;

/**
 * The `after` query parameter: where a listing resumes, as its previous page's `Link: rel="next"`
 * gave it. Whether it belongs to this listing is the gateway's cursor check (a 400 when not).
 */
export function parseAfter(url: URL): string | undefined {
  const raw = url.searchParams.get('after');
  if (raw === null || raw === '') return undefined;
  if (!CURSOR.test(raw))
    throw badParameter(`after: not a cursor of this listing (use the link its previous page gave), got "${raw.slice(0, 40)}".`);
  return raw;
}
