import { buildCouncilFixture, startFakeTown } from '@communes/fake-town';
import type { BenchSettings } from '../bench-settings';
import { startGatewayProcess } from '../gateway-process';

const NESTED =
  'query ($first: Int) { meetings(first: $first) { nodes { name organizations { name } agendaItems { name meeting { name } } } } }';

/** Upstream requests per operation for a nested query, as the page grows. */
export async function measureBatching(settings: BenchSettings, dir: string): Promise<{ pageSize: number; upstreamRequests: number }[]> {
  const town = await startFakeTown({ code: 'batch', entries: buildCouncilFixture(Math.max(...settings.pageSizes)) });
  const gateway = await startGatewayProcess(dir, [{ code: 'batch', url: town.url }], { GATEWAY_CACHE_TTL_MS: '0' });
  try {
    const results: { pageSize: number; upstreamRequests: number }[] = [];
    for (const pageSize of settings.pageSizes) {
      const before = town.requests.length;
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: NESTED, variables: { first: pageSize } }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`batching query failed: ${JSON.stringify(body.errors)}`);
      results.push({ pageSize, upstreamRequests: town.requests.slice(before).filter((r) => !r.includes('manifest')).length });
    }
    return results;
  } finally {
    await gateway.stop();
    await town.stop();
  }
}
