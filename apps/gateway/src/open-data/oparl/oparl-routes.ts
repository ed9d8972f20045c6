import type { OpenDataRoute } from '../open-data-route';

/** OParl 1.1 endpoints. */
export const oparlRoutes: OpenDataRoute[] = [];
