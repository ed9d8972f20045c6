import type { OpenDataRoute } from '../open-data-route';
import { answerOparlPath } from './answer-oparl-path';
import { OparlError } from './oparl-error';
import { createOparlUrls, OPARL_BASE } from './oparl-urls';
import { sendOparlJson } from './send-oparl-json';

function segmentsOf(pathname: string): string[] | undefined {
  try {
    return pathname.slice(OPARL_BASE.length).split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/** OParl 1.1, read-only: one System for the region, one Body per town of the registry. */
export const oparlRoute: OpenDataRoute = {
  name: 'oparl',
  async handle(context) {
    const { url, req, res } = context;
    if (url.pathname !== OPARL_BASE && !url.pathname.startsWith(`${OPARL_BASE}/`)) return false;
    const method = req.method ?? 'GET';
    const urls = createOparlUrls(context.publicOrigin);
    if (method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, HEAD, OPTIONS', allow: 'GET, HEAD, OPTIONS' });
      res.end();
      return true;
    }
    try {
      if (method !== 'GET' && method !== 'HEAD') throw new OparlError(405, `OParl is read-only: GET or HEAD, got ${method.slice(0, 20)}.`);
      const parts = segmentsOf(url.pathname);
      if (!parts) throw new OparlError(404, 'Not found: the path is not valid percent-encoding.');
      // The entry point, for clients given the API's root rather than its System.
      if (parts.length === 0) {
        res.writeHead(302, { location: urls.system, 'access-control-allow-origin': '*' });
        res.end();
        return true;
      }
      sendOparlJson(res, method, 200, await answerOparlPath(context, urls, parts));
    } catch (error) {
      if (error instanceof OparlError) {
        sendOparlJson(res, method, error.status, error.toBody(), error.status === 405 ? { allow: 'GET, HEAD, OPTIONS' } : {});
      } else {
        context.logger.error('oparl request failed', { requestId: context.requestId, error: (error as Error).message });
        sendOparlJson(res, method, 500, { error: { status: 500, message: 'Internal error.' } });
      }
    }
    return true;
  },
};

/** OParl 1.1 endpoints. */
export const oparlRoutes: OpenDataRoute[] = [oparlRoute];
