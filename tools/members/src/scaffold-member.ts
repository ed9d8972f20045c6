import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Domain, MEMBER_KINDS, toPluginPackageName } from '@communes/domain';
import type { NewMemberOptions } from './member-options';

/** Where the reference town is: a member's app is made from it, with the plugins it chose. */
export const referenceTownDir = (): string => dirname(require.resolve('@communes/town/package.json'));

/**
 * The reference town's runtime (its Strapi config, secrets made at first start, first admin,
 * guarded public API, create-only Open311 token, admin panel inputs), without the helpers
 * only the workspace's tests use.
 */
const TEMPLATE = ['bin', 'config', 'lib', 'src', 'favicon.png'];
const WORKSPACE_ONLY = new Set(['index.js', 'start-town-process.js', 'temporary-postgres-database.js']);

/** What a Strapi app needs beside the Communes packages, at the reference town's versions. */
const RUNTIME = [
  '@strapi/strapi',
  '@strapi/plugin-users-permissions',
  'better-sqlite3',
  'pg',
  'react',
  'react-dom',
  'react-router-dom',
  'styled-components',
];

/** The Communes packages a member with these domains installs (the core plugin always). */
export function communesPackages(domains: readonly Domain[]): string[] {
  return [
    '@communes/domain',
    '@communes/strapi-kit',
    '@communes/strapi-admin-kit',
    '@communes/strapi-plugin-core',
    ...domains.map(toPluginPackageName),
  ];
}

/** A member's app goes into a new or empty folder: a member's data is never overwritten. */
export function ensureNewFolder(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new Error(`${dir} is not empty: choose another --dir, or remove it first (a member's data is never overwritten).`);
}

export interface ScaffoldedMember {
  dir: string;
  /** The folder of the member's data: its database, uploads and the secrets of its first start. */
  dataDir: string;
  port: number;
  /** What its package.json pins. */
  dependencies: Record<string, string>;
}

/**
 * Writes a member's own Strapi app into `options.dir`: `package.json` pinning Strapi and the
 * packages given (`file:` tarballs, or registry versions), `member.json` with its identity,
 * the reference town's runtime, a README for its operator. No secret is written: the app
 * makes its own at its first start, in `data/` (ignored by git).
 */
export function scaffoldMember(options: NewMemberOptions & { port: number }, packages: Record<string, string>): ScaffoldedMember {
  const { dir } = options;
  mkdirSync(dir, { recursive: true });
  const town = referenceTownDir();
  for (const entry of TEMPLATE) {
    cpSync(join(town, entry), join(dir, entry), {
      recursive: true,
      filter: (source) => !(dirname(source) === join(town, 'lib') && WORKSPACE_ONLY.has(source.slice(join(town, 'lib').length + 1))),
    });
  }
  const townPackage = JSON.parse(readFileSync(join(town, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const dependencies = {
    ...packages,
    ...Object.fromEntries(
      RUNTIME.map((name) => {
        const version = townPackage.dependencies[name];
        if (!version) throw new Error(`The reference town does not pin ${name}.`);
        return [name, version];
      }),
    ),
  };
  const files: Record<string, string> = {
    'package.json': json({
      name: `communes-member-${options.code}`,
      private: true,
      description: `${options.name}: a ${MEMBER_KINDS[options.kind].labels.en.toLowerCase()} of a Communes network.`,
      scripts: {
        start: 'node bin/start-town.js',
        'start:admin': 'TOWN_ADMIN_PANEL=true node bin/start-town.js',
        'admin:build': 'strapi build',
        'admin:create': 'node bin/create-admin.js',
      },
      dependencies,
      // better-sqlite3 compiles SQLite where no prebuilt binary can be downloaded.
      allowScripts: { 'better-sqlite3': true },
      engines: { node: '>=20.19.0' },
    }),
    'member.json': json({
      code: options.code,
      name: options.name,
      kind: options.kind,
      locales: options.locales,
      port: options.port,
      groups: options.groups,
      subscriptions: options.subscriptions,
      network: options.networkUrl,
    }),
    '.gitignore': ['node_modules/', 'data/', 'vendor/', '.strapi/', 'build/', 'dist/', '.env', '.env.*', ''].join('\n'),
    'README.md': memberReadme(options),
  };
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  return { dir, dataDir: join(dir, 'data', options.code), port: options.port, dependencies };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function memberReadme(options: NewMemberOptions & { port: number }): string {
  return `# ${options.name}

A ${MEMBER_KINDS[options.kind].labels.en.toLowerCase()} (\`${options.code}\`) of a Communes network: a Strapi 5 app with the
Communes plugins ${options.domains.join(', ')} (and the core plugin), made by \`npm run member:new\`.
Its identity is in \`member.json\`; the environment variables of the reference town
(\`TOWN_DATA_DIR\`, \`DATABASE_URL\`, \`TOWN_CORS_ORIGINS\`, ...) override or complete it.

\`\`\`sh
npm install               # its own packages (made inside the Communes workspace, it runs on the workspace's)
npm start                 # the public API on http://127.0.0.1:${options.port}/api (headless)
\`\`\`

Its secrets (app keys, JWT secrets, salts) and its create-only Open311 token are made at its first
start in \`data/${options.code}/\` (mode 600), never in git. SQLite lives there too; set
\`DATABASE_URL=postgres://...\` for PostgreSQL.

**The first admin comes from the operator, never from the network** (nobody can register
over HTTP):

\`\`\`sh
(umask 077; printf '%s\\n' '<a long password>' > /run/secrets/${options.code}-admin)
TOWN_ADMIN_EMAIL=it@example.org TOWN_ADMIN_PASSWORD_FILE=/run/secrets/${options.code}-admin npm start
npm run admin:build && npm run start:admin     # the admin panel for editors, on /admin
\`\`\`

\`npm run member:new -- --code ${options.code} --remove\` in the Communes workspace takes it out
of the gateway's registry (its folder and data stay).
`;
}
