import { parseArgs } from 'node:util';
import {
  DOMAINS,
  type Domain,
  domainsOutsideKind,
  isMemberKindCode,
  MEMBER_KIND_CODES,
  MEMBER_KINDS,
  type MemberKindCode,
  subscriptionsProblem,
} from '@communes/domain';

/** What `member:new` was asked, checked. */
export interface NewMemberOptions {
  action: 'add';
  code: string;
  name: string;
  kind: MemberKindCode;
  locales: string[];
  /** The domains it installs, one plugin each (the core plugin always comes too). */
  domains: Domain[];
  groups: Record<string, string>;
  /** What its listings follow when read with `shared`: channels and `member:<code>`. */
  subscriptions: string[];
  /** The network's gateway (its GraphQL URL), where the member's admin reads the members it offers by name. */
  networkUrl: string;
  /** Where its app is made. */
  dir: string;
  registryFile: string;
  /** Where it listens; undefined: the first free port from 1350 that no other member uses. */
  port?: number;
  publicUrl?: string;
  /** Keep it running after its first start (the command ends when it stops). */
  start: boolean;
  /**
   * Install its own packages (`npm install`) even when the workspace above its folder has
   * every one it pins; without it, such an app runs on the workspace's.
   */
  install: boolean;
  /** Give it a town-year of realistic content in its plugins before its first start (tools/seed). */
  seed: boolean;
}

export interface RemoveMemberOptions {
  action: 'remove';
  code: string;
  registryFile: string;
}

export type MemberOptions = NewMemberOptions | RemoveMemberOptions;

/** A command line that cannot be acted on; the message says what to type instead. */
export class MemberOptionsError extends Error {
  readonly code = 'BAD_MEMBER_OPTIONS';
  constructor(message: string) {
    super(message);
    this.name = 'MemberOptionsError';
  }
}

const CODE = /^[a-z][a-z0-9-]{1,62}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function checkCode(what: string, value: string | undefined): string {
  if (value === undefined) throw new MemberOptionsError(`--${what} is missing: a lowercase code such as "fleurus".`);
  if (!CODE.test(value)) throw new MemberOptionsError(`--${what} "${value}" is not a lowercase code such as "fleurus" (a-z, 0-9, -).`);
  return value;
}

function checkDomains(kind: MemberKindCode, value: string | undefined): Domain[] {
  const allowed = MEMBER_KINDS[kind].domains;
  if (value === undefined) return [...allowed];
  const asked = list(value);
  const unknown = asked.filter((d) => !(DOMAINS as readonly string[]).includes(d));
  if (unknown.length)
    throw new MemberOptionsError(`--plugins: no plugin "${unknown.join('", "')}"; the plugins are ${DOMAINS.join(', ')}.`);
  const refused = domainsOutsideKind(kind, asked);
  if (refused.length) throw new MemberOptionsError(`--plugins: a ${kind} installs ${allowed.join(', ')}; not ${refused.join(', ')}.`);
  return [...new Set(asked)] as Domain[];
}

function checkGroups(values: string[]): Record<string, string> {
  const groups: Record<string, string> = {};
  for (const value of values) {
    const [kind, code, ...rest] = value.split(':');
    if (rest.length || !kind || !code || !CODE.test(kind) || !CODE.test(code))
      throw new MemberOptionsError(`--group "${value}" is not kind:code such as province:hainaut.`);
    if (groups[kind] !== undefined) throw new MemberOptionsError(`--group: ${kind} is given twice.`);
    groups[kind] = code;
  }
  return groups;
}

function checkPort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new MemberOptionsError(`--port "${value}" is not a port number.`);
  return port;
}

function checkHttpUrl(option: string, example: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new MemberOptionsError(`--${option} "${value}" is not a URL such as ${example}.`);
  }
  if (!['http:', 'https:'].includes(url.protocol)) throw new MemberOptionsError(`--${option} "${value}" is not http(s).`);
  return value;
}

/** `--subscribe wallonia,member:seneffe`: what the member's listings follow, once each. */
function checkSubscriptions(value: string | undefined): string[] {
  const subscriptions = [...new Set(value === undefined ? [] : list(value))];
  const problem = subscriptionsProblem(subscriptions);
  if (problem) throw new MemberOptionsError(`--subscribe: ${problem}.`);
  return subscriptions;
}

/**
 * Reads `member:new`'s command line. `defaults` gives where things go when the operator does
 * not say: the app under `membersDir/<code>`, the registry and the gateway the demo's.
 */
export function parseMemberOptions(
  argv: string[],
  defaults: { membersDir: string; registryFile: string; networkUrl: string },
): MemberOptions {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new MemberOptionsError((error as Error).message);
  }
  const registryFile = values.registry ?? defaults.registryFile;
  const code = checkCode('code', values.code);
  if (values.remove) return { action: 'remove', code, registryFile };
  if (values.name === undefined || values.name.trim() === '')
    throw new MemberOptionsError('--name is missing: the name people write, such as "Fleurus".');
  const kind = values.kind ?? 'town';
  if (!isMemberKindCode(kind)) throw new MemberOptionsError(`--kind "${kind}" is not one of ${MEMBER_KIND_CODES.join(', ')}.`);
  const locales = values.locales === undefined ? ['fr'] : list(values.locales);
  const badLocale = locales.find((l) => !LOCALE.test(l));
  if (locales.length === 0 || badLocale !== undefined)
    throw new MemberOptionsError(`--locales "${values.locales}" is not a list of locale codes such as fr,de (the default first).`);
  return {
    action: 'add',
    code,
    name: values.name.trim(),
    kind,
    locales: [...new Set(locales)],
    domains: checkDomains(kind, values.plugins),
    groups: checkGroups(values.group ?? []),
    subscriptions: checkSubscriptions(values.subscribe),
    networkUrl: checkHttpUrl('network', 'http://127.0.0.1:4000/graphql', values.network ?? defaults.networkUrl),
    dir: values.dir ?? `${defaults.membersDir}/${code}`,
    registryFile,
    port: checkPort(values.port),
    publicUrl: values['public-url'] === undefined ? undefined : checkHttpUrl('public-url', 'https://www.fleurus.be', values['public-url']),
    start: values.start ?? false,
    install: values.install ?? false,
    seed: values.seed ?? false,
  };
}

const parse = (args: string[]) =>
  parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      code: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      locales: { type: 'string' },
      plugins: { type: 'string' },
      group: { type: 'string', multiple: true },
      subscribe: { type: 'string' },
      network: { type: 'string' },
      dir: { type: 'string' },
      registry: { type: 'string' },
      port: { type: 'string' },
      'public-url': { type: 'string' },
      start: { type: 'boolean' },
      install: { type: 'boolean' },
      seed: { type: 'boolean' },
      remove: { type: 'boolean' },
    },
  });
