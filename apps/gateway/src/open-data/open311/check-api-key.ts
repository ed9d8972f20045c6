import { createHash, timingSafeEqual } from 'node:crypto';
import type { RegisteredTown } from '../../registry/town-registry';
import { badParameter, OpenDataError, OpenDataErrorCode } from '../open-data-error';

const digest = (key: string) => createHash('sha256').update(key).digest();

/**
 * The `api_key` a client sent (in the form, as GeoReport v2 says, or in the query) must be
 * one of the town's `open311ApiKeys`; compared in constant time. Returns the client's
 * identity for the rate limit and idempotency: a digest of its key, so that the gateway's
 * memory holds no key itself.
 */
export function checkApiKey(town: RegisteredTown, form: URLSearchParams, query: URLSearchParams): string {
  const sent = [...form.getAll('api_key'), ...query.getAll('api_key')];
  if (sent.length === 0 || sent[0] === '')
    throw new OpenDataError(403, OpenDataErrorCode.Forbidden, 'api_key is required to create a service request; ask the region for one.');
  if (sent.length > 1) throw badParameter('api_key is given more than once; give it once.');
  const key = digest(sent[0]!);
  const known = (town.open311ApiKeys ?? []).some((candidate) => timingSafeEqual(digest(candidate), key));
  if (!known) throw new OpenDataError(403, OpenDataErrorCode.Forbidden, `Invalid api_key for ${town.name}.`);
  if (!town.writeToken)
    throw new OpenDataError(
      403,
      OpenDataErrorCode.Forbidden,
      `${town.name} takes no service requests through this gateway (no write token in its registry entry).`,
    );
  return key.toString('hex');
}
