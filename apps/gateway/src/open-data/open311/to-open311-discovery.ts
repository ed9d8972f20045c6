import { OPEN311_BASE } from './parse-open311-path';

/** Changes when what these endpoints serve changes; clients compare it to refresh. */
const CHANGESET = '2026-11-27T00:00:00Z';

/** GeoReport v2's discovery document for one town's endpoint. */
export function toOpen311Discovery(origin: string, town: { code: string; name: string }) {
  return {
    changeset: CHANGESET,
    contact: `Open311 endpoint of ${town.name}, served by the Communes gateway.`,
    key_service: `Ask the region that runs this gateway for an api_key to file requests with ${town.name}.`,
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${origin}${OPEN311_BASE}/${encodeURIComponent(town.code)}`,
        changeset: CHANGESET,
        type: 'production',
        formats: ['application/json', 'text/xml'],
      },
    ],
  };
}
