import type { OpenDataRoute } from '../open-data-route';
import { jsonLdRoute } from './json-ld-route';

/** schema.org JSON-LD endpoints: events, places, public services and news. */
export const jsonLdRoutes: OpenDataRoute[] = [jsonLdRoute];
