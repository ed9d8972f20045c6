import type { OpenDataRoute } from '../open-data-route';

/** iCalendar feeds endpoints. */
export const calendarRoutes: OpenDataRoute[] = [];
