#!/usr/bin/env node
import { join, resolve } from 'node:path';
import { startDemo } from './start-demo';

const EXAMPLES = [
  `{
  meetings(group: "wallonia", first: 5, orderBy: [{ field: start, direction: DESC }], locale: ["fr", "de"]) {
    totalCount
    nodes { name start town { name } agendaItems { number name } }
  }
}`,
  `{
  planningApplications(filters: { applicationStatus: { eq: publicInquiry } }, first: 10) {
    nodes { reference title inquiryEnd locality town { code } }
  }
}`,
];

async function main() {
  const root = resolve(__dirname, '../../..');
  const demo = await startDemo({
    dataDir: process.env.DEMO_DATA_DIR ?? join(root, '.data', 'demo'),
    gatewayPort: Number(process.env.PORT ?? 4000),
    harvesterPort: Number(process.env.DEMO_HARVESTER_PORT ?? 4100),
    firstTownPort: Number(process.env.DEMO_TOWN_PORT ?? 1337),
    scale: Number(process.env.DEMO_SCALE ?? 1),
    log: (line) => console.log(line),
  });
  console.log(`\nCommunes demo region is up.\n`);
  const width = Math.max(...demo.towns.map(({ town }) => town.name.length)) + 1;
  for (const { town, process } of demo.towns)
    console.log(`  ${town.name.padEnd(width)} ${process.api}  (manifest: ${process.api}/communes-core/manifest)`);
  console.log(`  ${'Gateway'.padEnd(width)} ${demo.gateway.url}  (open it in a browser to explore)`);
  console.log(
    `  ${'Dashboard'.padEnd(width)} ${new URL('/dashboard/', demo.gateway.url).href}  (the region's indicators, charts and downloads)`,
  );
  console.log(
    `  ${'Harvester'.padEnd(width)} ${demo.harvester.url}/status  (the regional index, PGlite, kept from the towns' change feeds)\n`,
  );
  console.log('Try:');
  for (const example of EXAMPLES) console.log(`\n${example}`);
  const open311 = `${new URL(demo.gateway.url).origin}/open311/v2/seneffe`;
  console.log(`\nOpen311 (GeoReport v2): curl -s ${open311}/services.json`);
  console.log(
    `  file a request: curl -s -X POST ${open311}/requests.json -d api_key=${demo.open311ApiKey} -d service_code=pothole -d 'attribute[size]=large' -d lat=50.53 -d long=4.26 -d 'description=A deep hole'`,
  );
  const origin = new URL(demo.gateway.url).origin;
  console.log(
    `\nBulk export from the regional index: curl -sg '${origin}/export/meetings.csv?group=wallonia&labels=fr&excel=true' -o meetings.csv`,
  );
  console.log(
    `\nor: curl -s -X POST -H 'content-type: application/json' -d '{"query":"{ towns { code name status { state } harvest { lastSuccess behind } } }"}' ${demo.gateway.url}\n\nCtrl-C stops everything.`,
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping...');
    await demo.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
