import type { OpenDataRoute } from '../open-data-route';

/** schema.org JSON-LD endpoints. */
export const jsonLdRoutes: OpenDataRoute[] = [];
