import { OpenDataError, OpenDataErrorCode } from './open-data-error';
import type { OpenDataContext } from './open-data-route';

/** What an endpoint answers when it succeeds. */
export interface OpenDataAnswer {
  /** 200 unless said: 201 for a created entry, 302 for a redirect. */
  status?: number;
  /** Absent for an answer without a body (a redirect). */
  contentType?: string;
  /** The whole body, or chunks written as they come (a bulk export: no length, memory flat). */
  body: string | AsyncIterable<string>;
  headers?: Record<string, string>;
  /** Towns whose data is missing: said in `x-missing-towns`, so that a partial answer is visible. */
  missingTowns?: readonly string[];
  /** A listing cut by its limit: its next page's address, in `Link: <...>; rel="next"` (RFC 8288). */
  nextPage?: string;
}

/** How one open-data format answers, beside its bodies: what every format's shell needs from it. */
export interface OpenDataFormat {
  /** For the log. */
  name: string;
  /**
   * The methods the path takes; OPTIONS among them is a CORS preflight, answered here.
   * Undefined when the path is not understood yet: the endpoint then refuses it itself.
   */
  methods?: readonly string[];
  /** Headers on every answer, refusals included: CORS, the headers a browser may read. */
  headers: Readonly<Record<string, string>>;
  /** More headers on a preflight (the request headers a browser may send). */
  preflightHeaders?: Readonly<Record<string, string>>;
  /** `cache-control` of a success (refusals are never stored); none when absent. */
  cacheControl?: string;
  /** The format's error body: OParl's JSON, Open311's error list, the listings' plain JSON. */
  errorBody(error: OpenDataError): { contentType: string; body: string };
}

const READ_ONLY = ['GET', 'HEAD', 'OPTIONS'];

function checkMethod(method: string, methods: readonly string[]): void {
  if (methods.includes(method)) return;
  const allow = methods.join(', ');
  const readOnly = methods.every((m) => READ_ONLY.includes(m));
  throw new OpenDataError(
    405,
    OpenDataErrorCode.MethodNotAllowed,
    readOnly
      ? `This endpoint is read-only: ${allow}; got ${method.slice(0, 20)}.`
      : `${method.slice(0, 20)} is not allowed here (allowed: ${allow}).`,
    {
      headers: { allow },
    },
  );
}

/** A refusal in the format's error body; anything but an OpenDataError is logged in full and masked. */
function toRefusalAnswer(context: OpenDataContext, format: OpenDataFormat, error: unknown): OpenDataAnswer {
  const where = { format: format.name, path: context.url.pathname };
  let refusal: OpenDataError;
  if (error instanceof OpenDataError) {
    refusal = error;
    // What a town or the system said is in the cause, for operators; the client reads the message.
    if (error.cause !== undefined)
      context.logger.warn('open data request refused', {
        ...where,
        status: error.status,
        code: error.code,
        error: error.message,
        cause: String(error.cause),
      });
  } else {
    context.logger.error('open data request failed', { ...where, error: (error as Error)?.message, stack: (error as Error)?.stack });
    refusal = new OpenDataError(500, OpenDataErrorCode.Internal, 'Internal error.');
  }
  return { status: refusal.status, ...format.errorBody(refusal), headers: { 'cache-control': 'no-store', ...refusal.headers } };
}

/**
 * The one way every open-data format is served: the method checked (a CORS preflight
 * answered), the endpoint's answer written with the format's headers, and any refusal in the
 * format's error body with the status every format gives it (OPEN_DATA_STATUS). What is not
 * an OpenDataError is the gateway's bug: logged with the request id, answered "Internal
 * error." (500). HEAD gets the headers alone.
 */
export async function serveOpenData(
  context: OpenDataContext,
  format: OpenDataFormat,
  produce: () => Promise<OpenDataAnswer>,
): Promise<void> {
  const method = context.req.method ?? 'GET';
  let answer: OpenDataAnswer;
  try {
    if (format.methods && method === 'OPTIONS' && format.methods.includes('OPTIONS')) {
      const allow = format.methods.join(', ');
      answer = { status: 204, body: '', headers: { allow, 'access-control-allow-methods': allow, ...format.preflightHeaders } };
    } else {
      if (format.methods) checkMethod(method, format.methods);
      answer = await produce();
      if (format.cacheControl) answer = { ...answer, headers: { 'cache-control': format.cacheControl, ...answer.headers } };
    }
  } catch (error) {
    answer = toRefusalAnswer(context, format, error);
  }
  const headers: Record<string, string> = { ...format.headers };
  if (answer.contentType !== undefined) {
    headers['content-type'] = answer.contentType;
    if (typeof answer.body === 'string') headers['content-length'] = String(Buffer.byteLength(answer.body));
  }
  if (answer.missingTowns?.length) headers['x-missing-towns'] = answer.missingTowns.join(',');
  if (answer.nextPage) headers.link = `<${answer.nextPage}>; rel="next"`;
  context.res.writeHead(answer.status ?? 200, { ...headers, ...answer.headers });
  if (typeof answer.body === 'string' || method === 'HEAD' || answer.status === 204)
    return void context.res.end(method === 'HEAD' || answer.status === 204 || typeof answer.body !== 'string' ? undefined : answer.body);
  await streamBody(context, answer.body);
}

/**
 * Writes chunks as they come, waiting when the client reads slower than the index is read.
 * A failure once the status is sent can only cut the answer short: it is logged, and the
 * connection is closed so that the client sees an incomplete body, never a complete-looking one.
 */
async function streamBody(context: OpenDataContext, chunks: AsyncIterable<string>): Promise<void> {
  const { res } = context;
  try {
    for await (const chunk of chunks) {
      if (res.destroyed) return;
      if (!res.write(chunk)) await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
    }
    res.end();
  } catch (error) {
    context.logger.error('open data stream failed', { path: context.url.pathname, error: (error as Error)?.message });
    res.destroy();
  }
}
