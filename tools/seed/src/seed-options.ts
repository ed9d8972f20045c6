import { parseArgs } from 'node:util';
import { DOMAINS, type Domain } from '@communes/domain';
import { DEMO_MEMBERS, DEMO_TOWNS, demoProfile, genericProfile, type TownProfile } from './town-profiles';

export const SEED_USAGE = `Usage: communes-seed --town <code> [--scale <n>] [--data-dir <dir>] [--database-url <url>]
       communes-seed --town <code> --name <name> --locales <fr,de> [--plugins council,news] [--group province:hainaut] ...
                                                                   (a member outside the demo)

  --town          a demo member (${[...DEMO_TOWNS, ...DEMO_MEMBERS].map((t) => t.code).join(', ')}) or any town code
  --scale         1 is one town-year (about 1,700 entries); 57 reaches 100,000 (default 1)
  --data-dir      the town's data folder (TOWN_DATA_DIR)
  --database-url  PostgreSQL instead of SQLite (DATABASE_URL)
  --plugins       outside the demo: the domains it runs, the only content it gets (default every one)
  --group         outside the demo: kind:code, repeatable; its region and province are where it shares entries

Running it again adds nothing; a larger scale adds only what is missing.`;

/** What the seeder was asked, checked. */
export interface SeedOptions {
  town: TownProfile;
  scale: number;
  dataDir?: string;
  databaseUrl?: string;
}

/** A command line the seeder cannot act on; the message says why. */
export class SeedOptionsError extends Error {
  readonly code = 'BAD_SEED_OPTIONS';
  override name = 'SeedOptionsError';
}

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** Reads the seeder's command line: 'help' when help was asked. */
export function parseSeedOptions(args: string[]): SeedOptions | 'help' {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(args).values;
  } catch (error) {
    throw new SeedOptionsError((error as Error).message);
  }
  if (values.help) return 'help';
  if (!values.town) throw new SeedOptionsError('--town is missing.');
  const scale = Number(values.scale);
  if (!(scale > 0) || !Number.isFinite(scale)) throw new SeedOptionsError(`--scale must be a positive number, got "${values.scale}".`);
  const domains = values.plugins === undefined ? undefined : list(values.plugins);
  const unknown = domains?.filter((d) => !(DOMAINS as readonly string[]).includes(d)) ?? [];
  if (unknown.length || domains?.length === 0)
    throw new SeedOptionsError(`--plugins: no plugin "${unknown.join('", "')}"; the plugins are ${DOMAINS.join(', ')}.`);
  const groups: Record<string, string> = {};
  for (const group of values.group ?? []) {
    const [kind, code, ...rest] = group.split(':');
    if (!kind || !code || rest.length) throw new SeedOptionsError(`--group "${group}" is not kind:code such as province:hainaut.`);
    groups[kind] = code;
  }
  const town =
    demoProfile(values.town) ??
    genericProfile(values.town, values.name ?? values.town, list(values.locales ?? 'fr'), {
      domains: domains as Domain[] | undefined,
      groups,
    });
  return { town, scale, dataDir: values['data-dir'], databaseUrl: values['database-url'] };
}

const parse = (args: string[]) =>
  parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      town: { type: 'string' },
      name: { type: 'string' },
      locales: { type: 'string' },
      scale: { type: 'string', default: '1' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      plugins: { type: 'string' },
      group: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
