import { councilMeetings } from './council-meetings';
import { eventsAndNews } from './events-and-news';
import type { Indicator } from './indicator';
import { planningApplications } from './planning-applications';
import { publicServices } from './public-services';
import { serviceRequests } from './service-requests';

/** The questions drawn as charts, in the page's order (5, the towns, and 7, the comparison, have their own panels). */
export const INDICATORS: readonly Indicator[] = [planningApplications, serviceRequests, councilMeetings, eventsAndNews, publicServices];
