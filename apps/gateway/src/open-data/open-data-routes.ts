import { calendarRoutes } from './calendar/calendar-routes';
import { exportRoute } from './export/export-route';
import { feedRoutes } from './feeds/feed-routes';
import { jsonLdRoutes } from './json-ld/json-ld-routes';
import type { OpenDataRoute } from './open-data-route';
import { oparlRoutes } from './oparl/oparl-routes';
import { open311Routes } from './open311/open311-routes';

/** Every open-data endpoint, tried in this order after GraphQL and the operational endpoints. */
export const openDataRoutes: readonly OpenDataRoute[] = [
  ...oparlRoutes,
  ...open311Routes,
  ...calendarRoutes,
  ...feedRoutes,
  ...jsonLdRoutes,
  exportRoute,
];
