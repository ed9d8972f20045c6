import type { OpenDataRoute } from '../open-data-route';
import { notFound } from '../open-data-error';
import { serveOpenData } from '../serve-open-data';
import { answerOparlPath } from './answer-oparl-path';
import { oparlFormat, toOparlAnswer } from './oparl-format';
import { createOparlUrls, OPARL_BASE } from './oparl-urls';

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
    const { url } = context;
    if (url.pathname !== OPARL_BASE && !url.pathname.startsWith(`${OPARL_BASE}/`)) return false;
    const urls = createOparlUrls(context.publicOrigin);
    await serveOpenData(context, oparlFormat, async () => {
      const parts = segmentsOf(url.pathname);
      if (!parts) throw notFound('Not found: the path is not valid percent-encoding.');
      // The entry point, for clients given the API's root rather than its System.
      if (parts.length === 0) return { status: 302, body: '', headers: { location: urls.system } };
      return toOparlAnswer(await answerOparlPath(context, urls, parts));
    });
    return true;
  },
};

/** OParl 1.1 endpoints. */
export const oparlRoutes: OpenDataRoute[] = [oparlRoute];
