import {
  contentTypeNamed,
  findContentType,
  isConfidentialEntry,
  isWithheldLink,
  namingOf,
  withheldFields,
  type ResolvedContentType,
} from '@communes/domain';
import { fieldPlanOf } from '@communes/domain';
import { encodeNodeId } from './node-id';
import { townPublicUrl, type RegisteredTown } from '../registry/town-registry';

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
type StrapiMedia = {
  url: string;
  name?: string;
  alternativeText?: string;
  caption?: string;
  mime?: string;
  size?: number;
  width?: number;
  height?: number;
};

const absolute = (townUrl: string, url: string) => (/^https?:\/\//.test(url) ? url : `${townUrl}${url.startsWith('/') ? '' : '/'}${url}`);
const toMedia = (townUrl: string, media: StrapiMedia) => ({ ...media, url: absolute(townUrl, media.url) });

interface Confidentiality {
  /** The fields a confidential entry of the kind withholds. */
  withheld: ReadonlySet<string>;
  /** The kind's relations on the far side of a withheld one, with the related kind whose confidential entries they leave out. */
  links: ReadonlyMap<string, ResolvedContentType>;
}

const confidentialities = new WeakMap<ResolvedContentType, Confidentiality>();

/** Derived once per kind: thousands of entries per operation go through `toNode`. */
function confidentialityOf(type: ResolvedContentType): Confidentiality {
  let known = confidentialities.get(type);
  if (!known) {
    const links = new Map<string, ResolvedContentType>();
    for (const [name, field] of Object.entries(type.fields)) {
      if (field.kind === 'relation' && isWithheldLink(type, name, findContentType)) links.set(name, contentTypeNamed(field.target));
    }
    known = { withheld: new Set(withheldFields(type)), links };
    confidentialities.set(type, known);
  }
  return known;
}

/**
 * Turns a town's REST entry into a node: geo columns become a point, media URLs absolute.
 * What a confidential entry withholds (a closed-session item's result, text, files, papers)
 * is dropped here too, whatever the town sent, and so are the confidential entries on the far
 * side of a withheld relation (a paper's agenda items): a town on an older plugin, or a broken
 * one, must not have the gateway publish what the model keeps in the town. An entry whose
 * flag the town did not send counts as confidential.
 */
export function toNode(
  entry: StrapiEntry,
  type: ResolvedContentType,
  town: Pick<RegisteredTown, 'code' | 'url' | 'publicUrl'>,
  locale?: string,
  /** The links across a withheld relation were already left out where confidential (the regional index keeps only those). */
  linksChecked = false,
): GatewayNode {
  const node: GatewayNode = {
    __typename: namingOf(type).graphqlType,
    // The locale it was read in is part of a localized entry's identity (see NodeRef.locale).
    id: encodeNodeId({
      town: town.code,
      kind: type.names.singular,
      documentId: entry.documentId,
      locale: type.localized ? locale : undefined,
    }),
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
  const { withheld, links } = confidentialityOf(type);
  const confidential = withheld.size > 0 && isConfidentialEntry(type, entry);
  for (const { name, field, keys, list } of fieldPlanOf(type)) {
    if (field.private) continue;
    if (confidential && withheld.has(name)) {
      if (list) node[name] = [];
      continue;
    }
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
        node[name] = field.multiple
          ? Array.isArray(value)
            ? value.map((m) => toMedia(townPublicUrl(town), m))
            : []
          : value && !Array.isArray(value)
            ? toMedia(townPublicUrl(town), value)
            : null;
        break;
      }
      case 'relation': {
        const value = entry[name] as StrapiEntry | StrapiEntry[] | null | undefined;
        const target = linksChecked ? undefined : links.get(name);
        const related = (Array.isArray(value) ? value : value ? [value] : []).filter((e) => !target || !isConfidentialEntry(target, e));
        if (value !== undefined) node.__relations[name] = related.map((e) => e.documentId);
        break;
      }
      case 'enumerationList':
      case 'memberList':
      case 'struct':
        node[name] = entry[name] ?? (field.kind === 'struct' && !field.list ? null : []);
        break;
      default:
        node[name] = entry[name] ?? null;
    }
  }
  return node;
}
