import type { OpenDataRoute } from '../open-data-route';

/** Open311 GeoReport v2 endpoints. */
export const open311Routes: OpenDataRoute[] = [];
