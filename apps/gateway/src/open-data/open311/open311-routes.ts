import { GatewayErrorCode } from '../../errors';
import { badParameter, OpenDataError } from '../open-data-error';
import type { OpenDataRoute } from '../open-data-route';
import { serveOpenData } from '../serve-open-data';
import { answerCreateRequest } from './answer-create-request';
import { answerOpen311Get } from './answer-open311-get';
import { open311Format } from './open311-format';
import { OPEN311_BASE, parseOpen311Path } from './parse-open311-path';

const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'];
const WRITE_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'];

/**
 * Open311 GeoReport v2, one endpoint per town of the registry, in JSON and XML:
 * `/open311/v2/{town}/discovery`, `services`, `services/{code}`, `requests` (GET, and POST
 * with an api_key) and `requests/{id}`. The format is known from the path before anything
 * else can fail, so that even the path's own errors come in it.
 */
export const open311Route: OpenDataRoute = {
  name: 'open311',
  async handle(context) {
    const { url, req } = context;
    if (!url.pathname.startsWith(`${OPEN311_BASE}/`)) return false;
    const path = parseOpen311Path(url.pathname);
    // A path not understood has no methods: whatever the method, it is refused as not found.
    const format = open311Format(
      path.format,
      'error' in path ? undefined : path.resource.kind === 'requests' ? WRITE_METHODS : READ_METHODS,
    );
    await serveOpenData(context, format, async () => {
      if ('error' in path) throw path.error;
      const entry = context.directory.get(path.town);
      if (!entry)
        throw new OpenDataError(
          404,
          GatewayErrorCode.UnknownTown,
          `No town "${path.town.slice(0, 60)}" in this region: the endpoints are per town, ${OPEN311_BASE}/{town}/.`,
        );
      const jurisdiction = url.searchParams.get('jurisdiction_id');
      if (jurisdiction !== null && jurisdiction !== entry.town.code)
        throw badParameter(`jurisdiction_id "${jurisdiction.slice(0, 60)}" is not this endpoint's (${entry.town.code}).`);
      if (req.method === 'POST') return format.toAnswer(await answerCreateRequest(context, entry), 201);
      return format.toAnswer(await answerOpen311Get(context, entry.town, path.resource));
    });
    return true;
  },
};

/** Open311 GeoReport v2 endpoints. */
export const open311Routes: OpenDataRoute[] = [open311Route];
