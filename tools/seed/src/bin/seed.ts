#!/usr/bin/env node
import { createProgressReporter } from '../progress-reporter';
import { parseSeedOptions, SEED_USAGE, SeedOptionsError } from '../seed-options';
import { seedTown } from '../seed-town';

async function main(): Promise<number> {
  let options: ReturnType<typeof parseSeedOptions>;
  try {
    options = parseSeedOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof SeedOptionsError)) throw error;
    console.error(`${error.message}\n\n${SEED_USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.error(SEED_USAGE);
    return 0;
  }
  const { town, scale, dataDir, databaseUrl } = options;
  const progress = createProgressReporter(`Seeding ${town.name}`);
  const started = Date.now();
  const result = await seedTown({
    town,
    scale,
    dataDir,
    databaseUrl,
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
