import { isMemberKindCode, MEMBER_KIND_CODES, type MemberKindCode } from '@communes/domain';

/** One member of the network as the registry lists it: a town, or another public body (its `kind`). */
export interface RegisteredTown {
  code: string;
  name: string;
  /** What public body it is; a town when the registry does not say. */
  kind?: MemberKindCode;
  /** Where the gateway reaches the town's Strapi, e.g. http://127.0.0.1:1337 (its REST API is under /api). */
  url: string;
  /**
   * Where the public reaches the town, for its files' URLs and `Town.url`, when that is not
   * `url` (a gateway that reads towns over an internal network must not publish that address).
   */
  publicUrl?: string;
  /** A read-only Strapi API token, for a town whose API is not public. */
  token?: string;
  /**
   * The town's create-only Strapi API token (its data folder's `service-request-token`),
   * with which the gateway files Open311 service requests; without it the town takes none.
   */
  writeToken?: string;
  /** Keys Open311 clients present (`api_key`) to file service requests with this town. */
  open311ApiKeys?: string[];
  /** Locales the town publishes in, default first. */
  locales: string[];
  /** Group kind → group code, e.g. { province: 'hainaut', region: 'wallonia' }. */
  groups: Record<string, string>;
}

export interface TownRegistry {
  towns: RegisteredTown[];
}

export class RegistryError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`Town registry ${source} is invalid:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'RegistryError';
  }
}

const CODE = /^[a-z][a-z0-9-]{1,62}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;
/** Shorter keys could be guessed. */
const MIN_API_KEY_LENGTH = 16;

function isHttpUrl(value: unknown): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(String(value)).protocol);
  } catch {
    return false;
  }
}

/** What public body a member is: a town unless the registry says otherwise. */
export const memberKindOf = (town: Pick<RegisteredTown, 'kind'>): MemberKindCode => town.kind ?? 'town';

/** Where the public reaches a town: its `publicUrl`, else the address the gateway uses. */
export const townPublicUrl = (town: Pick<RegisteredTown, 'url' | 'publicUrl'>): string => town.publicUrl ?? town.url;

/** Checks a parsed registry; every problem is named by its path, e.g. `towns[2].url`. */
export function validateRegistry(value: unknown, source: string): TownRegistry {
  const problems: string[] = [];
  const towns = (value as { towns?: unknown })?.towns;
  if (!Array.isArray(towns)) throw new RegistryError(source, ['towns: expected a list of towns']);
  const seen = new Set<string>();
  towns.forEach((town: Record<string, unknown>, i) => {
    const at = `towns[${i}]`;
    if (typeof town !== 'object' || town === null) {
      problems.push(`${at}: expected an object`);
      return;
    }
    if (typeof town.code !== 'string' || !CODE.test(town.code))
      problems.push(`${at}.code: expected a lowercase code such as "seneffe", got ${JSON.stringify(town.code)}`);
    else if (seen.has(town.code)) problems.push(`${at}.code: "${town.code}" is listed twice`);
    else seen.add(town.code);
    if (typeof town.name !== 'string' || town.name.trim() === '') problems.push(`${at}.name: expected the town's name`);
    if (town.kind !== undefined && !isMemberKindCode(town.kind))
      problems.push(`${at}.kind: expected one of ${MEMBER_KIND_CODES.join(', ')}, got ${JSON.stringify(town.kind)}`);
    let url: URL | undefined;
    try {
      url = new URL(String(town.url));
    } catch {
      problems.push(`${at}.url: expected an http(s) URL, got ${JSON.stringify(town.url)}`);
    }
    if (url && !['http:', 'https:'].includes(url.protocol)) problems.push(`${at}.url: expected http or https, got ${url.protocol}`);
    if (town.publicUrl !== undefined && !isHttpUrl(town.publicUrl))
      problems.push(`${at}.publicUrl: expected an http(s) URL, got ${JSON.stringify(town.publicUrl)}`);
    if (town.token !== undefined && (typeof town.token !== 'string' || town.token === ''))
      problems.push(`${at}.token: expected a non-empty string`);
    if (town.writeToken !== undefined && (typeof town.writeToken !== 'string' || town.writeToken === ''))
      problems.push(`${at}.writeToken: expected a non-empty string`);
    if (
      town.open311ApiKeys !== undefined &&
      (!Array.isArray(town.open311ApiKeys) || town.open311ApiKeys.some((k) => typeof k !== 'string' || k.length < MIN_API_KEY_LENGTH))
    ) {
      problems.push(`${at}.open311ApiKeys: expected a list of keys of at least ${MIN_API_KEY_LENGTH} characters`);
    }
    if (!Array.isArray(town.locales) || town.locales.length === 0 || town.locales.some((l) => typeof l !== 'string' || !LOCALE.test(l))) {
      problems.push(`${at}.locales: expected locale codes such as ["fr"], got ${JSON.stringify(town.locales)}`);
    }
    const groups = town.groups ?? {};
    if (
      typeof groups !== 'object' ||
      Array.isArray(groups) ||
      Object.entries(groups as object).some(([k, v]) => !CODE.test(k) || typeof v !== 'string' || !CODE.test(v))
    ) {
      problems.push(`${at}.groups: expected { kind: code } such as { "province": "hainaut" }, got ${JSON.stringify(groups)}`);
    }
  });
  if (problems.length > 0) throw new RegistryError(source, problems);
  return {
    towns: towns.map((t: RegisteredTown) => ({
      code: t.code,
      name: t.name,
      kind: memberKindOf(t),
      url: t.url.replace(/\/+$/, ''),
      ...(t.publicUrl ? { publicUrl: t.publicUrl.replace(/\/+$/, '') } : {}),
      ...(t.token ? { token: t.token } : {}),
      ...(t.writeToken ? { writeToken: t.writeToken } : {}),
      ...(t.open311ApiKeys ? { open311ApiKeys: t.open311ApiKeys } : {}),
      locales: t.locales,
      groups: t.groups ?? {},
    })),
  };
}
