import type { ResolvedContentType } from '@communes/domain';
import { namingOf } from '@communes/codegen';
import { fieldPlanOf } from './field-plan';
import { encodeNodeId } from './node-id';

/** A node as the resolvers see it: GraphQL field values, plus where it comes from. */
export interface GatewayNode {
  __typename: string;
  id: string;
  documentId: string;
  /** The town it comes from, its kind and the locale it was read in. */
  __town: string;
  __kind: string;
  __locale?: string;
  /** Per relation field, the related entries' documentIds, when the town was asked for them. */
  __relations: Record<string, string[]>;
  [field: string]: unknown;
}

type StrapiEntry = Record<string, unknown> & { documentId: string };
type StrapiMedia = { url: string; name?: string; alternativeText?: string; caption?: string; mime?: string; size?: number; width?: number; height?: number };

const absolute = (townUrl: string, url: string) => (/^https?:\/\//.test(url) ? url : `${townUrl}${url.startsWith('/') ? '' : '/'}${url}`);
const toMedia = (townUrl: string, media: StrapiMedia) => ({ ...media, url: absolute(townUrl, media.url) });

/** Turns a town's REST entry into a node: geo columns become a point, media URLs absolute. */
export function toNode(entry: StrapiEntry, type: ResolvedContentType, town: { code: string; url: string }, locale?: string): GatewayNode {
  const node: GatewayNode = {
    __typename: namingOf(type).graphqlType,
    id: encodeNodeId({ town: town.code, kind: type.names.singular, documentId: entry.documentId }),
    documentId: entry.documentId,
    locale: (entry.locale as string | undefined) ?? null,
    createdAt: entry.createdAt ?? null,
    updatedAt: entry.updatedAt ?? null,
    publishedAt: entry.publishedAt ?? null,
    __town: town.code,
    __kind: type.names.singular,
    __locale: locale,
    __relations: {},
  };
  for (const { name, field, keys, list } of fieldPlanOf(type)) {
    if (field.private) continue;
    // A field the town did not send (not selected, or an older town) is left out, and
    // GraphQL answers null for it; only lists default to an empty list.
    if (entry[keys[0]!] === undefined) {
      if (list) node[name] = [];
      continue;
    }
    switch (field.kind) {
      case 'geoPoint': {
        const [latitude, longitude] = [entry[keys[0]!], entry[keys[1]!]];
        node[name] = typeof latitude === 'number' && typeof longitude === 'number' ? { latitude, longitude } : null;
        break;
      }
      case 'media': {
        const value = entry[name] as StrapiMedia | StrapiMedia[] | null | undefined;
        node[name] = field.multiple ? (Array.isArray(value) ? value.map((m) => toMedia(town.url, m)) : []) : value && !Array.isArray(value) ? toMedia(town.url, value) : null;
        break;
      }
      case 'relation': {
        const value = entry[name] as StrapiEntry | StrapiEntry[] | null | undefined;
        if (value !== undefined) node.__relations[name] = (Array.isArray(value) ? value : value ? [value] : []).map((e) => e.documentId);
        break;
      }
      case 'enumerationList':
      case 'struct':
        node[name] = entry[name] ?? (field.kind === 'enumerationList' || field.list ? [] : null);
        break;
      default:
        node[name] = entry[name] ?? null;
    }
  }
  return node;
}
