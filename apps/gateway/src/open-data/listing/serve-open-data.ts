import type { OpenDataContext } from '../open-data-route';
import { OpenDataRequestError } from './request-error';
import { sendRequestError } from './send-request-error';

export interface OpenDataAnswer {
  contentType: string;
  body: string;
  /** Towns whose data is missing: said in `x-missing-towns` so that a partial feed is visible. */
  missingTowns?: readonly string[];
}

/**
 * Answers GET and HEAD with what `produce` returns; a refused request gets its status and
 * code, anything unexpected a masked 500 (logged with the request id).
 */
export async function serveOpenData(ctx: OpenDataContext, produce: () => Promise<OpenDataAnswer>): Promise<void> {
  const { req, res } = ctx;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: { code: 'METHOD_NOT_ALLOWED', message: `${req.method}: expected GET or HEAD.` } }));
    return;
  }
  try {
    const answer = await produce();
    const headers: Record<string, string> = { 'content-type': answer.contentType, 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' };
    if (answer.missingTowns?.length) headers['x-missing-towns'] = answer.missingTowns.join(',');
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : answer.body);
  } catch (error) {
    if (error instanceof OpenDataRequestError) return sendRequestError(res, error);
    ctx.logger.error('open data request failed', { requestId: ctx.requestId, path: ctx.url.pathname, error: (error as Error).message });
    res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal error.' } }));
  }
}
