import type { OpenDataRoute } from '../open-data-route';

/** RSS 2.0 and Atom feeds endpoints. */
export const feedRoutes: OpenDataRoute[] = [];
