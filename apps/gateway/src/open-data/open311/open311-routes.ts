import type { OpenDataRoute } from '../open-data-route';
import { answerCreateRequest } from './answer-create-request';
import { answerOpen311Get, type Open311Answer } from './answer-open311-get';
import { Open311Error } from './open311-error';
import { OPEN311_BASE, parseOpen311Path } from './parse-open311-path';
import { sendOpen311, type Open311Format } from './send-open311';

const READ_METHODS = 'GET, HEAD, OPTIONS';
const WRITE_METHODS = 'GET, HEAD, POST, OPTIONS';

/**
 * Open311 GeoReport v2, one endpoint per town of the registry, in JSON and XML:
 * `/open311/v2/{town}/discovery`, `services`, `services/{code}`, `requests` (GET, and POST
 * with an api_key) and `requests/{id}`.
 */
export const open311Route: OpenDataRoute = {
  name: 'open311',
  async handle(context) {
    const { url, req, res } = context;
    if (!url.pathname.startsWith(`${OPEN311_BASE}/`)) return false;
    const method = req.method ?? 'GET';
    let format: Open311Format = 'json';
    try {
      const path = parseOpen311Path(url.pathname);
      if ('error' in path) {
        format = path.format;
        throw path.error;
      }
      format = path.format;
      const allow = path.resource.kind === 'requests' ? WRITE_METHODS : READ_METHODS;
      if (method === 'OPTIONS') {
        res.writeHead(204, { allow, 'access-control-allow-origin': '*', 'access-control-allow-methods': allow, 'access-control-allow-headers': 'content-type, idempotency-key' });
        res.end();
        return true;
      }
      if (!allow.split(', ').includes(method)) throw new Open311Error(405, `${method.slice(0, 20)} is not allowed here (allowed: ${allow}).`, { allow });
      const entry = context.directory.get(path.town);
      if (!entry) throw new Open311Error(404, `No town "${path.town.slice(0, 60)}" in this region: the endpoints are per town, ${OPEN311_BASE}/{town}/.`);
      const jurisdiction = url.searchParams.get('jurisdiction_id');
      if (jurisdiction !== null && jurisdiction !== entry.town.code) throw new Open311Error(400, `jurisdiction_id "${jurisdiction.slice(0, 60)}" is not this endpoint's (${entry.town.code}).`);
      let answer: Open311Answer;
      let status = 200;
      if (method === 'POST') {
        answer = await answerCreateRequest(context, entry);
        status = 201;
      } else {
        answer = await answerOpen311Get(context, entry.town, path.resource);
      }
      sendOpen311(res, method, status, format, answer.xmlRoot, answer.value, answer.headers);
    } catch (error) {
      if (error instanceof Open311Error) {
        // What a town or the system said is in the cause, for operators; the client reads the message.
        if (error.cause !== undefined) context.logger.warn('open311 town failure', { requestId: context.requestId, status: error.status, error: error.message, cause: String(error.cause) });
        sendOpen311(res, method, error.status, format, 'errors', error.toBody(), error.headers);
      } else {
        context.logger.error('open311 request failed', { requestId: context.requestId, error: (error as Error).message });
        sendOpen311(res, method, 500, format, 'errors', new Open311Error(500, 'Internal error.').toBody());
      }
    }
    return true;
  },
};

/** Open311 GeoReport v2 endpoints. */
export const open311Routes: OpenDataRoute[] = [open311Route];
