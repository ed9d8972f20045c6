#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { createProgressReporter } from '../progress-reporter';
import { seedTown } from '../seed-town';
import { DEMO_MEMBERS, DEMO_TOWNS, demoProfile, genericProfile } from '../town-profiles';

const USAGE = `Usage: communes-seed --town <code> [--scale <n>] [--data-dir <dir>] [--database-url <url>]
       communes-seed --town <code> --name <name> --locales <fr,de> ...   (a town outside the demo)

  --town          a demo member (${[...DEMO_TOWNS, ...DEMO_MEMBERS].map((t) => t.code).join(', ')}) or any town code
  --scale         1 is one town-year (about 1,700 entries); 57 reaches 100,000 (default 1)
  --data-dir      the town's data folder (TOWN_DATA_DIR)
  --database-url  PostgreSQL instead of SQLite (DATABASE_URL)

Running it again adds nothing; a larger scale adds only what is missing.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      town: { type: 'string' },
      name: { type: 'string' },
      locales: { type: 'string' },
      scale: { type: 'string', default: '1' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.town) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const scale = Number(values.scale);
  if (!(scale > 0)) {
    console.error(`--scale must be a positive number, got "${values.scale}".\n\n${USAGE}`);
    return 2;
  }
  const town =
    demoProfile(values.town) ??
    genericProfile(
      values.town,
      values.name ?? values.town,
      (values.locales ?? 'fr').split(',').map((l) => l.trim()),
    );
  const progress = createProgressReporter(`Seeding ${town.name}`);
  const started = Date.now();
  const result = await seedTown({
    town,
    scale,
    dataDir: values['data-dir'],
    databaseUrl: values['database-url'],
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.stop();
  console.error(
    `${town.name}: ${result.created} entries created, ${result.skipped} already there, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
