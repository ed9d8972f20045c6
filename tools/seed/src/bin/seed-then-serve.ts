#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { serveTown } from '@communes/town';
import { planTown } from '../plan-town';
import { loadTownToSeed } from '../seed-town';
import { demoProfile } from '../town-profiles';
import { writeRecords } from '../write-records';

/**
 * A demo member's first start: seeded, then served from the same process, so that Strapi
 * starts once instead of twice. Its settings come from the environment, as for the town's
 * own `bin/start-town.js` (which it prints the same line as when it listens); `--town` names
 * its profile, `--scale` its content.
 */
async function main() {
  const { values } = parseArgs({ options: { town: { type: 'string' }, scale: { type: 'string', default: '1' } } });
  const town = demoProfile(values.town ?? '');
  if (!town) throw new Error(`--town "${values.town}" is not a demo member.`);
  const scale = Number(values.scale);
  if (!(scale > 0)) throw new Error(`--scale must be a positive number, got "${values.scale}".`);
  const strapi = await loadTownToSeed({ town });
  await writeRecords(strapi, planTown(town, scale), { locales: town.locales });
  await serveTown(strapi);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
