import { findContentType, type ResolvedContentType } from '@communes/domain';
import { fetchTownJson } from './fetch-town-json';
import { HarvestError, HarvestErrorCode } from './harvest-error';
import type { TownSource } from './town-source';

/** A kind a town serves that the model knows: where to read it and which fields it has. */
export interface TownKind {
  type: ResolvedContentType;
  kind: string;
  restPath: string;
  localized: boolean;
  fields: ReadonlySet<string>;
}

/** What the harvester needs of a town's capability manifest. */
export interface TownReading {
  locales: string[];
  /** The town's default locale: where a reader whose languages it does not publish in is served. */
  defaultLocale: string | null;
  kinds: Map<string, TownKind>;
}

type Manifest = {
  locales?: unknown;
  defaultLocale?: unknown;
  plugins?: { contentTypes?: { kind?: unknown; restPath?: unknown; localized?: unknown; fields?: unknown }[] }[];
};

const REST_PATH = /^\/[a-z0-9-]+\/[a-z0-9-]+$/;

/** Reads the town's manifest: its locales and the kinds of the model it serves (a kind the model lacks is skipped). */
export async function readTownManifest(town: TownSource, timeoutMs: number): Promise<TownReading> {
  const { body } = await fetchTownJson<Manifest>(town, '/api/communes-core/manifest', timeoutMs);
  const bad = (why: string): never => {
    throw new HarvestError(HarvestErrorCode.TownBadResponse, town.code, `its capability manifest is malformed: ${why}`);
  };
  if (!body) return bad('there is none (is @communes/strapi-plugin-core installed?)');
  if (!Array.isArray(body.locales) || !body.locales.every((l) => typeof l === 'string' && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(l)))
    return bad('locales is not a list of codes');
  if (!Array.isArray(body.plugins)) return bad('plugins is not a list');
  const kinds = new Map<string, TownKind>();
  for (const plugin of body.plugins)
    for (const ct of plugin?.contentTypes ?? []) {
      if (typeof ct?.kind !== 'string' || typeof ct.restPath !== 'string' || !REST_PATH.test(ct.restPath) || !Array.isArray(ct.fields))
        return bad('a content type has no kind, REST path or fields');
      const type = findContentType(ct.kind);
      if (type)
        kinds.set(ct.kind, {
          type,
          kind: ct.kind,
          restPath: ct.restPath,
          localized: ct.localized === true,
          fields: new Set(ct.fields as string[]),
        });
    }
  const locales = body.locales as string[];
  const defaultLocale =
    typeof body.defaultLocale === 'string' && locales.includes(body.defaultLocale) ? body.defaultLocale : (locales[0] ?? null);
  return { locales, defaultLocale, kinds };
}
