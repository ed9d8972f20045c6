import { BodyTooLarge } from '../../http/http-server';
import type { TownEntry } from '../../towns/town-directory';
import type { OpenDataContext } from '../open-data-route';
import { checkApiKey } from './check-api-key';
import { createServiceRequest } from './create-service-request';
import { Open311Error } from './open311-error';
import { parseCreateRequest } from './parse-create-request';
import { readForm } from './read-form';
import { readServiceTypes } from './read-service-types';
import { toStrapiServiceRequest } from './to-strapi-service-request';
import { validateAttributeAnswers } from './validate-attribute-answers';
import type { Open311Answer } from './answer-open311-get';

/**
 * GeoReport v2's `POST requests`. Everything is checked before anything is written, in
 * this order: the body's size and form, the api_key, the fields, the service code and the
 * answers to its attributes against the town's service definition. Then one create call.
 */
export async function answerCreateRequest(context: OpenDataContext, entry: TownEntry): Promise<Open311Answer> {
  const { town } = entry;
  let body: string;
  try {
    body = await context.readBody();
  } catch (error) {
    if (error instanceof BodyTooLarge) throw new Open311Error(413, `The request body is over ${context.config.maxBodyBytes} bytes.`, { connection: 'close' });
    throw error;
  }
  const form = readForm(body, context.req.headers['content-type']);
  checkApiKey(town, form, context.url.searchParams);
  const input = parseCreateRequest(form);
  if (input.jurisdictionId !== undefined && input.jurisdictionId !== town.code) {
    throw new Open311Error(400, `jurisdiction_id "${input.jurisdictionId.slice(0, 60)}" is not this endpoint's (${town.code}).`);
  }
  const [type] = await readServiceTypes(context, town.code, town.locales, input.serviceCode);
  if (!type) throw new Open311Error(400, `service_code "${input.serviceCode.slice(0, 60)}" is not a service of ${town.name}; GET services lists them.`);
  const answers = validateAttributeAnswers(input.serviceCode, type.attributes, input.attributes);
  const id = await createServiceRequest(entry, toStrapiServiceRequest(input, type.documentId, answers, new Date()), context.requestId);
  context.logger.info('open311 request created', { requestId: context.requestId, town: town.code, serviceCode: input.serviceCode, id });
  // No account_id back: it is the requester's, and Open311 reads never return it.
  return { xmlRoot: 'service_requests', value: [{ service_request_id: id, service_notice: null, account_id: null }] };
}
