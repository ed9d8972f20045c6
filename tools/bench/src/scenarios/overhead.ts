import { join } from 'node:path';
import { seedTownInChildProcess } from '@communes/seed';
import { startTownProcess } from '@communes/town';
import type { BenchSettings } from '../bench-settings';
import { startCeilingProcess } from '../ceiling-process';
import { cpuSeconds, startGatewayProcess } from '../gateway-process';
import { expectGraphQLData, medianOf, runLoad, type LoadFigures } from '../run-load';

export const MEETINGS_QUERY = JSON.stringify({
  query: '{ meetings(first: 20, orderBy: [{ field: start, direction: DESC }]) { nodes { name start agendaItems { number name } } } }',
});
/** The same list through Strapi's own GraphQL plugin, the peer a town would use without Communes. */
export const STRAPI_GRAPHQL_QUERY = JSON.stringify({
  query: '{ communesCouncilMeetings(pagination: { pageSize: 20 }, sort: ["start:desc"]) { name start agendaItems { number name } } }',
});
const DIRECT_PATH =
  '/communes-council/meetings?pagination[pageSize]=20&sort[0]=start:desc&populate[agendaItems][fields][0]=number&populate[agendaItems][fields][1]=name';

export interface OverheadFigures {
  direct: LoadFigures;
  strapiGraphql: LoadFigures;
  gatewayCold: LoadFigures;
  gatewayWarm: LoadFigures;
  /** Warm, with the upstream cache only (the operation cache off): every request executed again. */
  gatewayWarmUpstreamOnly: LoadFigures;
  /** A bare Node server answering the warm gateway's exact bytes, loaded the same way. */
  ceiling: LoadFigures;
  /** Town CPU seconds per 1,000 client requests, directly and behind the warm gateway. */
  townCpuPerThousand: { direct: number; gatewayWarm: number };
}

/**
 * The same list (20 meetings with their agenda items) read from one real town directly
 * through REST and through Strapi's GraphQL plugin, and through the gateway with its cache off (cold) and on (warm:
 * whole answers kept; and with the towns' answers only kept), against the ceiling: a bare Node
 * server sending the warm gateway's answer.
 */
export async function measureOverhead(settings: BenchSettings, dir: string): Promise<OverheadFigures> {
  const dataDir = join(dir, 'eupen');
  await seedTownInChildProcess({ town: 'eupen', scale: settings.townScale, dataDir });
  const town = await startTownProcess({
    env: {
      TOWN_CODE: 'eupen',
      TOWN_NAME: 'Eupen',
      TOWN_LOCALES: 'de,fr',
      TOWN_DATA_DIR: dataDir,
      DATABASE_URL: '',
      TOWN_LOG_LEVEL: 'error',
      TOWN_GRAPHQL: 'true',
    },
  });
  const cpuPerThousand = async (run: () => Promise<LoadFigures>) => {
    const before = cpuSeconds(town.child.pid!);
    const figures = await run();
    // Warm-up requests load the town too: count them, at the measured rate.
    const requests = figures.requestsPerSec * (settings.durationSec + settings.warmupSec) * settings.repeats;
    return { figures, perThousand: Number((((cpuSeconds(town.child.pid!) - before) / Math.max(1, requests)) * 1000).toFixed(3)) };
  };
  try {
    const load = (url: string, body?: string) => () =>
      medianOf(settings.repeats, () =>
        runLoad({ url, body, connections: settings.connections, durationSec: settings.durationSec, warmupSec: settings.warmupSec }),
      );
    const direct = await cpuPerThousand(load(`${town.api}${DIRECT_PATH}`));
    await expectGraphQLData(`${town.url}/graphql`, STRAPI_GRAPHQL_QUERY);
    const strapiGraphql = await load(`${town.url}/graphql`, STRAPI_GRAPHQL_QUERY)();
    const cold = await startGatewayProcess(dir, [{ code: 'eupen', url: town.url, locales: ['de', 'fr'] }], { GATEWAY_CACHE_TTL_MS: '0' });
    await expectGraphQLData(cold.url, MEETINGS_QUERY);
    const gatewayCold = await load(cold.url, MEETINGS_QUERY)().finally(() => cold.stop());
    const warm = await startGatewayProcess(dir, [{ code: 'eupen', url: town.url, locales: ['de', 'fr'] }], {
      GATEWAY_CACHE_TTL_MS: '5000',
    });
    let answer: { body: string; type: string } | undefined;
    const gatewayWarm = await cpuPerThousand(async () => {
      const response = await fetch(warm.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: MEETINGS_QUERY });
      answer = { body: await response.text(), type: response.headers.get('content-type') ?? 'application/json' };
      return load(warm.url, MEETINGS_QUERY)();
    }).finally(() => warm.stop());
    const upstreamOnly = await startGatewayProcess(dir, [{ code: 'eupen', url: town.url, locales: ['de', 'fr'] }], {
      GATEWAY_CACHE_TTL_MS: '5000',
      GATEWAY_OPERATION_CACHE_MAX_BYTES: '0',
    });
    const gatewayWarmUpstreamOnly = await load(upstreamOnly.url, MEETINGS_QUERY)().finally(() => upstreamOnly.stop());
    const ceilingServer = await startCeilingProcess(dir, answer!.body, answer!.type);
    const ceiling = await load(ceilingServer.url, MEETINGS_QUERY)().finally(() => ceilingServer.stop());
    return {
      direct: direct.figures,
      strapiGraphql,
      gatewayCold,
      gatewayWarm: gatewayWarm.figures,
      gatewayWarmUpstreamOnly,
      ceiling,
      townCpuPerThousand: { direct: direct.perThousand, gatewayWarm: gatewayWarm.perThousand },
    };
  } finally {
    await town.stop();
  }
}
