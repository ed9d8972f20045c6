import type { OpenDataRoute } from '../open-data-route';
import { createNewsFeedRoute } from './feed-route';

/** RSS 2.0 and Atom 1.0 feeds of the towns' news. */
export const feedRoutes: OpenDataRoute[] = [createNewsFeedRoute('rss'), createNewsFeedRoute('atom')];
