import { MAX_SUBSCRIPTIONS, parseSubscription } from '@communes/domain';
import { GatewayErrorCode, TownError } from '../errors';
import { oneLine } from './one-line';

/** What the gateway needs of a town's capability manifest (`/api/communes-core/manifest`). */
export interface TownManifest {
  locales: string[];
  defaultLocale: string | null;
  plugins: { pluginName: string; packageName: string; version: string; domain: string; modelFingerprint: string; kinds: string[] }[];
  /** Per content kind the town serves, the attributes it serves. */
  kinds: Map<string, Set<string>>;
  /** The channels and members the town subscribes to; an older town's manifest has none. */
  subscriptions: string[];
}

/** The most characters of a manifest's words the gateway passes on (a package name, a version). */
const SHOWN_TEXT_MAX = 100;

/** A manifest's word as clients see it (`Town.plugins`, notes, the dashboard), whatever a broken or hostile town sends. */
const shownText = (value: unknown): string => (typeof value === 'string' ? oneLine(value, SHOWN_TEXT_MAX) : '');

/** Reads and checks a manifest; a town whose manifest is malformed answers badly. */
export function toTownManifest(town: string, value: unknown): TownManifest {
  const bad = (why: string): never => {
    throw new TownError(GatewayErrorCode.TownBadResponse, town, `its capability manifest is malformed: ${why}.`);
  };
  const manifest = value as { locales?: unknown; defaultLocale?: unknown; plugins?: unknown; subscriptions?: unknown };
  if (typeof manifest !== 'object' || manifest === null) return bad('not an object');
  if (!Array.isArray(manifest.locales) || manifest.locales.some((l) => typeof l !== 'string')) return bad('locales is not a list of codes');
  if (!Array.isArray(manifest.plugins)) return bad('plugins is not a list');
  const kinds = new Map<string, Set<string>>();
  const plugins = manifest.plugins.map((plugin: Record<string, unknown>) => {
    if (typeof plugin?.pluginName !== 'string' || !Array.isArray(plugin.contentTypes))
      return bad('a plugin has no pluginName or contentTypes');
    const pluginKinds = (plugin.contentTypes as Record<string, unknown>[]).map((ct) => {
      if (typeof ct?.kind !== 'string' || !Array.isArray(ct.fields))
        return bad(`a content type of ${plugin.pluginName} has no kind or fields`);
      kinds.set(ct.kind, new Set(ct.fields as string[]));
      return ct.kind;
    });
    return {
      pluginName: plugin.pluginName,
      packageName: shownText(plugin.packageName),
      version: shownText(plugin.version),
      domain: shownText(plugin.domain),
      modelFingerprint: shownText(plugin.modelFingerprint),
      kinds: pluginKinds,
    };
  });
  return {
    locales: manifest.locales as string[],
    defaultLocale: typeof manifest.defaultLocale === 'string' ? manifest.defaultLocale : null,
    plugins,
    kinds,
    subscriptions: toSubscriptions(manifest.subscriptions),
  };
}

/**
 * A town's subscriptions as a listing may follow them: a broken or hostile town's
 * non-strings, unknown channels and excess are left out (they would only widen the reads).
 */
function toSubscriptions(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const valid = value.filter((item): item is string => typeof item === 'string' && parseSubscription(item) !== undefined);
  return [...new Set(valid)].slice(0, MAX_SUBSCRIPTIONS);
}
