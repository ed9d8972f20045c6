import type { OpenDataFormat } from '../serve-open-data';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * OParl 1.1: UTF-8 JSON, open to browsers of any origin (OParl requires CORS), read-only.
 * OParl defines statuses and no error object, so a refusal is JSON like every other OParl
 * answer: `{ "error": { "status", "message" } }`.
 */
export const oparlFormat: OpenDataFormat = {
  name: 'oparl',
  methods: ['GET', 'HEAD', 'OPTIONS'],
  // CORS: public to any origin, as every open-data read (createHttpServer's applyCors).
  headers: {},
  errorBody: (error) => ({ contentType: JSON_TYPE, body: JSON.stringify({ error: { status: error.status, message: error.message } }) }),
};

/** An OParl object or list as the answer's body. */
export const toOparlAnswer = (value: unknown) => ({ contentType: JSON_TYPE, body: JSON.stringify(value) });
