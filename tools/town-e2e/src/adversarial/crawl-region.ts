import { crawlChangeFeeds } from './change-feed-crawl';
import { crawlAggregates } from './aggregate-crawl';
import { closedItemProbes } from './closed-item-probes';
import type { Crawl } from './create-crawl';
import { crawlGateway } from './gateway-crawl';
import { gatewayEdgeProbes } from './gateway-edge-probes';
import { gatewayOracleProbes } from './gateway-oracle-probes';
import type { KindSchema } from './kind-schemas';
import { crawlOparl } from './oparl-crawl';
import { crawlOpenData } from './open-data-crawl';
import { privateFieldProbes } from './private-field-probes';
import type { RegionTarget } from './region-target';
import type { RestTarget } from './rest-target';
import { townAdminProbes } from './town-admin-probes';
import { townRestProbes } from './town-rest-crawl';

export interface RegionTowns {
  /** Each town's origin, e.g. http://127.0.0.1:41234, by code. */
  urls: Record<string, string>;
  kinds: KindSchema[];
  /**
   * Whether to crawl what the gateway builds over the towns' public answers (GraphQL lists,
   * nodes, search and filters, aggregates, OParl, the other open-data outputs). What a town
   * serves on its database is crawled at the town itself; what the gateway makes of it is
   * the same code whichever database the town uses, so one database's run proves it.
   */
  gatewayWide: boolean;
}

/**
 * The whole crawl of a planted region, every surface once (the gateway's own outputs where
 * `gatewayWide`): each town's REST API (every kind
 * × every parameter family, private fields, the closed item, the admin side, CORS), its
 * change feed, the gateway's GraphQL, its edges and oracles, OParl by its links, the other open-data outputs.
 * Malformed GraphQL input goes last: where a town answers it with a 500, the gateway's
 * circuit to that town opens and would blind what follows.
 */
export async function crawlRegion(crawl: Crawl, region: RegionTarget, towns: RegionTowns): Promise<RestTarget[]> {
  const targets: RestTarget[] = [];
  for (const planting of region.plantings) {
    const api = `${towns.urls[planting.town]}/api`;
    const answers = await crawl.probeAll(
      towns.kinds.map((kind) => ({ surface: 'town', attack: 'rest.list', url: `${api}${kind.restPath}?pagination[pageSize]=1` })),
    );
    const totals = Object.fromEntries(
      towns.kinds.map((kind, i) => [kind.singular, (answers[i]?.json?.meta?.pagination?.total as number | undefined) ?? 0]),
    );
    targets.push({ api, planting, kinds: towns.kinds, totals });
  }
  await crawl.probeAll(
    targets.flatMap((t) => [
      ...townRestProbes(t),
      ...privateFieldProbes(t),
      ...closedItemProbes(t),
      ...townAdminProbes(towns.urls[t.planting.town]!, t.planting.admin),
    ]),
  );
  await crawlChangeFeeds(crawl, Object.values(towns.urls));
  if (towns.gatewayWide) {
    await crawlGateway(crawl, region);
    await crawlAggregates(crawl, region);
  }
  // Counts and orders through the gateway reach the town's database: on every database.
  const oracles = gatewayOracleProbes(region);
  await crawl.probeAll([...oracles.filter((p) => p.attack !== 'graphql.bad-input'), ...gatewayEdgeProbes(region)]);
  if (towns.gatewayWide) {
    await crawlOparl(crawl, region);
    await crawlOpenData(crawl, region);
  }
  await crawl.probeAll(oracles.filter((p) => p.attack === 'graphql.bad-input'));
  return targets;
}
