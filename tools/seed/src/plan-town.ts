import { buildEvents } from './builders/agenda';
import { buildAlerts } from './builders/alerts';
import { buildCouncil } from './builders/council';
import { buildPlaces } from './builders/directory';
import { buildNews } from './builders/news';
import { buildRequests } from './builders/requests';
import { buildServices } from './builders/services';
import { buildPlanningApplications } from './builders/urbanism';
import { createSeedContext } from './seed-context';
import type { SeedRecord } from './seed-record';
import { contentTypeNamed, type Domain } from '@communes/domain';
import type { TownProfile } from './town-profiles';

/**
 * Every entry to seed in a town, in an order where each relation's target comes first.
 * Pure and deterministic: the same town and scale always give the same records.
 */
export function planTown(town: TownProfile, scale: number): SeedRecord[] {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`scale must be a positive number, got ${scale}.`);
  const ctx = createSeedContext(town, scale);
  const records = [
    ...buildCouncil(ctx),
    ...buildServices(ctx),
    ...buildEvents(ctx),
    ...buildNews(ctx),
    ...buildPlaces(ctx),
    ...buildPlanningApplications(ctx),
    ...buildRequests(ctx),
    ...buildAlerts(ctx),
  ];
  return town.domains ? onlyDomains(records, town.domains) : records;
}

/** A member's content in the domains it runs (the model has no relation across domains: none is cut). */
const onlyDomains = (records: SeedRecord[], domains: readonly Domain[]): SeedRecord[] =>
  records.filter((record) => domains.includes(contentTypeNamed(record.type).domain));
