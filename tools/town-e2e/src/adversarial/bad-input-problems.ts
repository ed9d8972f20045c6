import type { Crawl, Probe } from './create-crawl';
import { formatFailures } from './format-failures';
import { refused400 } from './oracles';
import { errorCodes, graphqlProbe } from './graphql-probe';
import type { RegionTarget } from './region-target';

/**
 * The malformed filter values seen answering 500 (a one-value `$between`, an impossible
 * date): a 400 at each town, BAD_USER_INPUT at the gateway, asked often enough to open the
 * gateway's circuit to a town if it counted them as the town's failures; then the towns are
 * still UP and the next client is served. Returns what went wrong.
 */
export async function badInputProblems({
  crawl,
  region,
  townApis,
  gatewayProbes,
}: {
  crawl: Crawl;
  region: RegionTarget;
  townApis: string[];
  gatewayProbes: Probe[];
}): Promise<string[]> {
  const before = crawl.summary().failures.length;
  const townProbes = townApis.flatMap((api): Probe[] =>
    [
      ['communes-council/meetings', 'filters[start][$between]=2026-01-01T00:00:00.000Z'],
      ['communes-council/meetings', 'filters[start][$eq]=2026-02-30T00:00:00.000Z'],
      ['communes-council/papers', 'filters[date][$eq]=2026-02-30'],
      ['communes-council/agenda-items', 'filters[order][$between]=1'],
      ['communes-agenda/events', 'filters[price][$between]=1'],
    ].map(([path, query]) => ({ surface: 'town', attack: 'rest.bad-values', url: `${api}/${path}?${query}`, check: refused400(query!) })),
  );
  await crawl.probeAll(townProbes);
  // Sequentially and twice: more than the circuit's threshold of consecutive failures.
  for (let round = 0; round < 2; round++) for (const probe of gatewayProbes) await crawl.probe(probe);
  const problems = formatFailures(crawl.summary().failures.slice(before)) ? [formatFailures(crawl.summary().failures.slice(before))] : [];

  const status = await crawl.probe(graphqlProbe(region, 'graphql.bad-input', '{ towns { code status { state } } }'));
  for (const town of status?.json?.data?.towns ?? [])
    if (town.status.state !== 'UP') problems.push(`after the bad queries, ${town.code} is ${town.status.state}`);
  const next = await crawl.probe(graphqlProbe(region, 'graphql.bad-input', '{ meetings(first: 1) { totalCount missingTowns } }'));
  if (errorCodes(next!).length || next?.json?.data?.meetings?.missingTowns?.length)
    problems.push(`the next client got ${errorCodes(next!).join(', ')} missing ${next?.json?.data?.meetings?.missingTowns}`);
  return problems;
}
