import { BodyTooLarge } from '../../http/http-server';
import type { TownEntry } from '../../towns/town-directory';
import type { OpenDataContext } from '../open-data-route';
import { checkApiKey } from './check-api-key';
import { createServiceRequest } from './create-service-request';
import { IdempotencyKeyReused } from './idempotency-store';
import { badParameter, OpenDataError, OpenDataErrorCode } from '../open-data-error';
import { parseCreateRequest, type CreateRequestInput } from './parse-create-request';
import { readForm } from './read-form';
import { readServiceTypes } from './read-service-types';
import { toIdempotencyKey } from './to-idempotency-key';
import { toStrapiServiceRequest } from './to-strapi-service-request';
import { validateAttributeAnswers } from './validate-attribute-answers';
import type { Open311Answer } from './answer-open311-get';

/** The checks that need the town (its service definition), then the one create call. */
async function fileRequest(context: OpenDataContext, entry: TownEntry, input: CreateRequestInput): Promise<string> {
  const { town } = entry;
  const [type] = await readServiceTypes(context, town.code, town.locales, input.serviceCode);
  if (!type)
    throw badParameter(`service_code "${input.serviceCode.slice(0, 60)}" is not a service of ${town.name}; GET services lists them.`);
  const answers = validateAttributeAnswers(input.serviceCode, type.attributes, input.attributes);
  const id = await createServiceRequest(entry, toStrapiServiceRequest(input, type.documentId, answers, new Date()), context.requestId);
  context.logger.info('open311 request created', { town: town.code, serviceCode: input.serviceCode, id });
  return id;
}

/**
 * GeoReport v2's `POST requests`. Everything is checked before anything is written, in
 * this order: the body's size and form, the api_key, the key's rate limit (every attempt
 * counts, before the town is asked), the fields, then, unless the same request was filed
 * already, the service code and the answers against the town's service definition, and one
 * create call. A repeat (the same Idempotency-Key, or the same fields shortly after) gets the
 * first answer; concurrent repeats wait for it.
 */
export async function answerCreateRequest(context: OpenDataContext, entry: TownEntry): Promise<Open311Answer> {
  const { town } = entry;
  let body: string;
  try {
    body = await context.readBody();
  } catch (error) {
    if (error instanceof BodyTooLarge)
      throw new OpenDataError(413, OpenDataErrorCode.PayloadTooLarge, `The request body is over ${context.config.maxBodyBytes} bytes.`, {
        headers: { connection: 'close' },
      });
    throw error;
  }
  const form = readForm(body, context.req.headers['content-type']);
  const client = checkApiKey(town, form, context.url.searchParams);
  const guard = context.open311PostGuard;
  const wait = await guard.limiter.take(client);
  if (wait !== undefined) {
    throw new OpenDataError(
      429,
      OpenDataErrorCode.TooManyRequests,
      `Too many requests: an api_key may send ${guard.perMinute} requests a minute; try again in ${wait} seconds.`,
      {
        headers: { 'retry-after': String(wait) },
      },
    );
  }
  const input = parseCreateRequest(form);
  if (input.jurisdictionId !== undefined && input.jurisdictionId !== town.code) {
    throw badParameter(`jurisdiction_id "${input.jurisdictionId.slice(0, 60)}" is not this endpoint's (${town.code}).`);
  }
  const { key, fingerprint, ttlMs } = toIdempotencyKey(context.req.headers['idempotency-key'], client, town.code, input, guard.ttl);
  let filed: { value: string; replayed: boolean };
  try {
    filed = await guard.filed.once(key, fingerprint, ttlMs, () => fileRequest(context, entry, input));
  } catch (error) {
    // The IETF draft's answer to a key reused with another payload: 422.
    if (error instanceof IdempotencyKeyReused)
      throw new OpenDataError(
        422,
        OpenDataErrorCode.IdempotencyKeyReused,
        'This Idempotency-Key was used for a different request; send a new request with a new key.',
      );
    throw error;
  }
  if (filed.replayed) context.logger.info('open311 request repeated', { town: town.code, id: filed.value });
  // No account_id back: it is the requester's, and Open311 reads never return it.
  return {
    xmlRoot: 'service_requests',
    value: [{ service_request_id: filed.value, service_notice: null, account_id: null }],
    headers: filed.replayed ? { 'idempotent-replayed': 'true' } : {},
  };
}
