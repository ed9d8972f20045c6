import { GATEWAY_NODE_FLAGS } from '@communes/gateway';
import type { BenchResults } from './run-bench';

const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');

type Section = (r: BenchResults) => string[] | undefined;

const overhead: Section = ({ overhead: o }) =>
  o && [
    '## 1. Overhead: 20 meetings with their agenda items, one real town (SQLite)',
    '',
    '| path | req/s | p50 ms | p99 ms | p50 vs direct | p50 vs Strapi GraphQL | req/s vs direct |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...(
      [
        ['town REST, direct', o.direct],
        ["town's Strapi GraphQL plugin", o.strapiGraphql],
        ['gateway, cold (cache off)', o.gatewayCold],
        ["gateway, warm (towns' answers cached, every request executed)", o.gatewayWarmUpstreamOnly],
        ['gateway, warm (whole answers cached)', o.gatewayWarm],
        ["ceiling: bare Node server sending the gateway's answer", o.ceiling],
      ] as const
    ).map(
      ([name, f]) =>
        `| ${name} | ${f.requestsPerSec} | ${f.p50Ms} | ${f.p99Ms} | ${ratio(f.p50Ms, o.direct.p50Ms)} | ${ratio(f.p50Ms, o.strapiGraphql.p50Ms)} | ${ratio(f.requestsPerSec, o.direct.requestsPerSec)} |`,
    ),
    '',
    `Warm gateway req/s over the ceiling: ${ratio(o.gatewayWarm.requestsPerSec, o.ceiling.requestsPerSec)} (aim: at least 0.25); executing every request: ${ratio(o.gatewayWarmUpstreamOnly.requestsPerSec, o.ceiling.requestsPerSec)}. Warm gateway req/s over Strapi's GraphQL plugin: ${ratio(o.gatewayWarm.requestsPerSec, o.strapiGraphql.requestsPerSec)}.`,
    '',
    `Town CPU per 1,000 client requests: ${o.townCpuPerThousand.direct} s direct, ${o.townCpuPerThousand.gatewayWarm} s behind the warm gateway (ratio ${ratio(o.townCpuPerThousand.gatewayWarm, o.townCpuPerThousand.direct)}).`,
  ];

const fanOut: Section = (r) => {
  const rows = r.fanOut;
  if (!rows) return undefined;
  const [one] = rows;
  return [
    `## 2. Fan-out: a cross-town ordered list, each fake town answering after ${r.settings.fakeTownLatencyMs} ms`,
    '',
    `Live: the gateway asks every town (cache off). From the index: a gateway reading a regional index (PostgreSQL) the same towns were harvested into, its answer checked equal to the live one; one town is read live either way, so both compare with one town live. Loaded: ${r.settings.connections} connections; unloaded: one.`,
    '',
    '| towns | reads | req/s | p50 ms | p99 ms | p50 vs 1 town | unloaded p50 ms | unloaded vs 1 town |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.flatMap((f) =>
      (f.fromIndex
        ? ([
            ['live', f],
            ['from the index', f.fromIndex],
          ] as const)
        : ([['live', f]] as const)
      ).map(
        ([reads, at]) =>
          `| ${f.towns} | ${reads} | ${at.figures.requestsPerSec} | ${at.figures.p50Ms} | ${at.figures.p99Ms} | ${ratio(at.figures.p50Ms, one!.figures.p50Ms)} | ${at.unloaded.p50Ms} | ${ratio(at.unloaded.p50Ms, one!.unloaded.p50Ms)} |`,
      ),
    ),
  ];
};

const batching: Section = (r) =>
  r.batching && [
    '## 3. Batching: upstream requests for one nested query (meetings → bodies, agenda items → their meeting)',
    '',
    '| page size | upstream requests |',
    '| ---: | ---: |',
    ...r.batching.map((b) => `| ${b.pageSize} | ${b.upstreamRequests} |`),
  ];

const dataScale: Section = (r) =>
  r.dataScale && [
    `## 4. Data scale: one real town, ${r.dataScale[0]?.entries ?? 0} entries (${r.settings.dataScale} town-years), one connection, cache off`,
    '',
    '| database | query | direct p50 ms | gateway p50 ms | gateway p99 ms | p50 gateway vs direct |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...r.dataScale.flatMap((d) =>
      d.queries.map(
        (q) =>
          `| ${d.database} | ${q.name} | ${q.direct.p50Ms} | ${q.gateway.p50Ms} | ${q.gateway.p99Ms} | ${ratio(q.gateway.p50Ms, q.direct.p50Ms)} |`,
      ),
    ),
  ];

const shielding: Section = ({ shielding: s }) =>
  s && [
    `## 5. Shielding: sustained load of one regional query over 5 towns, cache TTL ${s.ttlMs} ms`,
    '',
    `Clients: ${s.client.requestsPerSec} req/s (p50 ${s.client.p50Ms} ms). Each town: ${s.upstreamPerTownPerSec} list requests/s (aim: about ${(1000 / s.ttlMs).toFixed(2)}, one per TTL); ratio clients/town ${ratio(s.client.requestsPerSec, s.upstreamPerTownPerSec)}.`,
  ];

const replicas: Section = ({ replicas: r }) =>
  r && [
    `## 5b. Replicas: gateway processes on one Redis over ${r.towns} towns, the same total client load split between them, cache TTL ${r.ttlMs} ms`,
    '',
    '| replicas | client req/s (all) | slowest replica p50 ms | errors | list requests per town per TTL | vs 1 replica |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.byCount.map(
      (f) =>
        `| ${f.replicas} | ${f.client.requestsPerSec} | ${f.client.p50Ms} | ${f.client.errors} | ${f.townRequestsPerTtl} | ${ratio(f.townRequestsPerTtl, r.byCount[0]!.townRequestsPerTtl)} |`,
    ),
    '',
    `Aim: each town is asked as often by any number of replicas as by one (within 10%). The replicas share the machine's cores with the load generator: req/s and p50 are as measured, no aim. Redis killed halfway through a run of ${r.redisAway.replicas} replicas: ${r.redisAway.client.errors} client errors (aim 0) of ${r.redisAway.client.requestsPerSec} req/s; list requests per town per TTL ${r.redisAway.townRequestsPerTtlBefore} before, ${r.redisAway.townRequestsPerTtlAfter} after (each replica then asks for itself).`,
  ];

const memory: Section = ({ memory: m }) =>
  m && [
    '## 6. Resources: the gateway as registered towns grow (fake towns)',
    '',
    `Resident memory and V8 heap in use, idle and after each of ${m[0]?.afterRoundsMb.length ?? 0} rounds of load (cache on, 1 s TTL); the gateway's CPU per operation with its cache off, one request at a time (every request asks every town), against one town. Started as \`npm start\` starts it (\`${GATEWAY_NODE_FLAGS.join(' ')}\`); the last row without a heap limit, V8 sizing its heap itself. Aim at 100 towns: at most 150 MB, no growth across rounds.`,
    '',
    '| towns | heap limit | idle MB | resident after each round, MB | growth first → last round, MB | heap after each round, MB | CPU ms per operation | vs 1 town |',
    '| ---: | --- | ---: | --- | ---: | --- | ---: | ---: |',
    ...m.map(
      (r) =>
        `| ${r.towns} | ${r.heapLimit ? 'yes' : 'none'} | ${r.idleMb} | ${r.afterRoundsMb.join(', ')} | ${r.afterRoundsMb.at(-1)! - r.afterRoundsMb[0]!} | ${r.heapAfterRoundsMb.join(', ')} | ${r.cpuMsPerOperation} (${r.operations} operations) | ${ratio(r.cpuMsPerOperation, m[0]!.cpuMsPerOperation)} |`,
    ),
  ];

const harvest: Section = ({ harvest: h }) =>
  h && [
    `## 7. Regional index: ${h.towns} fake towns × ${h.entriesPerTown} entries, harvested from their change feeds into PostgreSQL`,
    '',
    `First harvest: ${h.initial.entries} entries in ${(h.initial.ms / 1000).toFixed(1)} s (${h.initial.entriesPerSec} entries/s). Index size: ${h.indexMbPer100k} MB per 100,000 entries (table and indexes).`,
    '',
    "| a town's change reaches the index | p50 ms | p95 ms | samples |",
    '| --- | ---: | ---: | ---: |',
    `| notified by the town | ${h.lagByNotification.p50Ms} | ${h.lagByNotification.p95Ms} | ${h.lagByNotification.samples} |`,
    `| polled every ${h.lagByPolling.intervalMs} ms (${h.lagByPolling.towns} towns) | ${h.lagByPolling.p50Ms} | ${h.lagByPolling.p95Ms} | ${h.lagByPolling.samples} |`,
    '',
    "The same GraphQL query through two gateways over the same towns, one request at a time: one reads the towns live (cache off), the other its index (`source: INDEX`); each answer was checked equal to the other's. Page: 20 news items ordered by date with `totalCount`. Count: `totalCount` of the news of one month (3% of them).",
    '',
    '| towns | page live ms | page index ms | live / index | count live ms | count index ms | live / index |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...h.readVsLive.map(
      (r) =>
        `| ${r.towns} | ${r.livePageMs} | ${r.indexPageMs} | ${ratio(r.livePageMs, r.indexPageMs)} | ${r.liveCountMs} | ${r.indexCountMs} | ${ratio(r.liveCountMs, r.indexCountMs)} |`,
    ),
    '',
    `Full CSV export through the gateway: ${h.export.rows} rows (${h.export.megabytes} MB) in ${(h.export.ms / 1000).toFixed(1)} s, ${h.export.rowsPerSec} rows/s; gateway resident memory ${h.export.gatewayIdleMb} MB before, ${h.export.gatewayPeakMb} MB at most during the export.`,
    '',
    `Aggregates from the index over the ${h.towns} towns (\`newsItemsAggregate\`, one request each, p50): news per town per month of 2026, ${h.aggregates.byMonthGroups} groups, ${h.aggregates.byMonthMs} ms; news per town in March, ${h.aggregates.oneMonthMs} ms, against the same counts made by paging the month's list (${h.aggregates.entries} entries, ${h.aggregates.pages} pages of 100 from the index): ${h.aggregates.pagingMs} ms, ${ratio(h.aggregates.pagingMs, h.aggregates.oneMonthMs)} slower.`,
    '',
    `The harvester in its own process (as \`apps/harvester\` runs), the same first harvest into an index of its own: ${(h.harvesterProcess.ms / 1000).toFixed(1)} s; resident memory ${h.harvesterProcess.idleMb} MB at start, ${h.harvesterProcess.peakMb} MB at most, ${h.harvesterProcess.afterMb} MB after.`,
  ];

const dashboard: Section = ({ dashboard: d }) =>
  d && [
    `## 8. The dashboard's questions: ${d.towns} fake towns, ${d.entries} entries of the questions' kinds in a PostgreSQL index (harvested in ${(d.harvestMs / 1000).toFixed(1)} s)`,
    '',
    `Each question is one GraphQL request (the dashboard's own, \`@communes/dashboard\`), p50 one at a time; its figures were checked equal to paging the lists (pages of 100 from the index) of a province of ${d.provinceTowns} towns, whose time is the baseline.`,
    '',
    `| question | province (${d.provinceTowns} towns) ms | by paging ms | paging / aggregate | region (${d.towns} towns) ms | by paging ms | paging / aggregate | groups |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...d.questions.map((q) => {
      const region =
        q.regionPagingMs === undefined ? '| – | –' : `| ${Math.round(q.regionPagingMs)} | ${ratio(q.regionPagingMs, q.regionMs)}`;
      return `| ${q.question} | ${q.provinceMs} | ${q.pagingMs} | ${ratio(q.pagingMs, q.provinceMs)} | ${q.regionMs} ${region} | ${q.regionGroups} |`;
    }),
    '',
    'Over every town, the figures of the questions with a paging time were checked equal to paging too; the others would page millions of rows.',
    '',
    "The dashboard in Chromium (Debian's, headless, software rendering, 1280 × 900), from navigation, p50: the first screen's charts drawn (as soon as their own answers are in), every answer in, and the page `ready` (every answer in and the first screen drawn; the others are drawn as they are scrolled to):",
    '',
    '| dashboard page | towns | first screen drawn, ms | every answer in, ms | ready, ms | loads |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...d.firstRender.map(
      (f) => `| \`/dashboard/?scope=${f.scope}\` | ${f.towns} | ${f.firstScreenP50Ms} | ${f.answersP50Ms} | ${f.p50Ms} | ${f.loads} |`,
    ),
  ];

/** The report: every figure beside its baseline, as a ratio; scenarios not run are left out. */
export function toMarkdown(r: BenchResults): string {
  const lines = [
    `# Communes gateway benchmark${r.settings.quick ? ' (quick mode: a smoke test, not figures to quote)' : ''}`,
    '',
    `Machine: ${r.machine.cores} cores (${r.machine.cpu}), Node ${r.machine.node}, ${r.machine.date}. Loopback; autocannon, ${r.settings.connections} connections, ${r.settings.warmupSec} s warm-up, ${r.settings.durationSec} s × ${r.settings.repeats} (medians).`,
    '',
  ];
  for (const section of [overhead, fanOut, batching, dataScale, shielding, replicas, memory, harvest, dashboard]) {
    const part = section(r);
    if (part) lines.push(...part, '');
  }
  return lines.join('\n');
}
