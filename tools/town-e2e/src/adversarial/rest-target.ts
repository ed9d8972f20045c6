import type { KindSchema } from './kind-schemas';
import type { TownPlanting } from './planting';

/** One town's REST API as the crawl sees it. */
export interface RestTarget {
  /** e.g. http://127.0.0.1:41234/api */
  api: string;
  planting: TownPlanting;
  kinds: KindSchema[];
  /** Published entries per kind (default locale), read before the crawl. */
  totals: Record<string, number>;
}

/** A query string as front ends write it: brackets raw, values encoded. */
export const toQuery = (params: [string, string][]): string =>
  params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');

export const TEXT_TYPES = ['string', 'text', 'richtext', 'email', 'json'];
/** The file fields of Strapi's upload plugin that hold text a canary may sit in. */
export const FILE_TEXT_FIELDS = ['name', 'caption', 'alternativeText', 'url', 'hash'];

export const kindOf = (target: RestTarget, singular: string): KindSchema => {
  const kind = target.kinds.find((k) => k.singular === singular);
  if (!kind) throw new Error(`No kind "${singular}" among ${target.kinds.map((k) => k.singular).join(', ')}.`);
  return kind;
};

/** The locales to read a kind in: each of the town's for a localized kind. */
export const localesOf = (target: RestTarget, kind: KindSchema): (string | undefined)[] =>
  kind.localized ? target.planting.locales : [undefined];
