import type { OpenDataError } from '../open-data-error';
import type { OpenDataAnswer, OpenDataFormat } from '../serve-open-data';
import type { Open311Answer } from './answer-open311-get';
import { toOpen311Xml } from './to-open311-xml';

/** The format a path asks for, by its extension. */
export type Open311Encoding = 'json' | 'xml';

/** Open311's serving format, with its answers written in the path's encoding. */
export interface Open311Format extends OpenDataFormat {
  toAnswer(answer: Open311Answer, status?: number): OpenDataAnswer;
}

const CONTENT_TYPE: Record<Open311Encoding, string> = { json: 'application/json; charset=utf-8', xml: 'text/xml; charset=utf-8' };

/**
 * GeoReport v2 in JSON or XML, as the path asked: `xmlRoot` names the XML document's root
 * (`services`, `service_requests`...), the JSON being the value itself. A refusal is
 * Open311's error list, `[{ "code": 400, "description": "..." }]` (XML `<errors><error>`),
 * the code being the HTTP status, as GeoReport v2 servers answer. Nothing is cached; a
 * browser app may read when to retry after a 429 and whether a POST was a repeat.
 */
export function open311Format(encoding: Open311Encoding, methods?: readonly string[]): Open311Format {
  const write = (xmlRoot: string, value: unknown) => ({
    contentType: CONTENT_TYPE[encoding],
    body: encoding === 'xml' ? toOpen311Xml(xmlRoot, value) : JSON.stringify(value),
  });
  return {
    name: 'open311',
    ...(methods ? { methods } : {}),
    // Who may read (GETs any origin, POSTs the allow-list) is createHttpServer's applyCors.
    headers: { 'access-control-expose-headers': 'retry-after, idempotent-replayed, x-request-id' },
    preflightHeaders: { 'access-control-allow-headers': 'content-type, idempotency-key' },
    cacheControl: 'no-store',
    errorBody: (error: OpenDataError) => write('errors', [{ code: error.status, description: error.message }]),
    toAnswer: ({ xmlRoot, value, headers }, status = 200) => ({ status, ...write(xmlRoot, value), ...(headers ? { headers } : {}) }),
  };
}
