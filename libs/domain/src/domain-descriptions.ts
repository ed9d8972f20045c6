import type { Domain } from './content-type';

/**
 * What each domain holds, in one sentence: its plugin's README and package descriptions say
 * this (codegen writes the README; a test keeps `package.json` in step).
 */
export const DOMAIN_DESCRIPTIONS: Readonly<Record<Domain, string>> = {
  council: 'Council meetings, agenda items, decisions and papers, bodies, office holders and memberships (OParl).',
  services: 'Public services: what they are, who they are for, cost, channels, documents to bring (CPSV-AP).',
  agenda: 'Events open to the public, with recurrence, status, place and accessibility (schema.org Event, iCalendar).',
  news: 'News items (schema.org NewsArticle).',
  directory: 'Directory of organisations, departments and facilities, with addresses, geo points and opening hours.',
  urbanism: 'Public notices of planning applications and their public inquiries.',
  requests: 'Citizen service requests and their types (Open311 GeoReport v2).',
  alerts: 'Site-wide urgent alerts with severity and period.',
};
