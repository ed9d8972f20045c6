import type { FieldNode } from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../resolvers/check-paging';
import { saturate } from './saturate';
import { isListType, namedType, type SchemaField, type SchemaType } from './schema-type';
import type { ArgumentValue } from './variable-values';

/** How many towns an operation's fields ask, from the registry as it is now. */
export interface TownScope {
  /** Towns asked with these `towns`/`group` arguments: every town when neither; 0 when refused (unknown). */
  count(codes: readonly string[] | undefined, group: string | undefined): number;
  /** (group, town) pairs: what `groups { towns }` lists, a town in a province and a region twice. */
  memberships(): number;
}

export interface CostSettings {
  /** `first` above this is refused by the resolvers before any read: counted as this. */
  maxPageSize: number;
  towns: TownScope;
  /**
   * Whether a list or search over several towns is read from the regional index (one query
   * of `first` entries, whatever the number of towns) rather than from every town.
   */
  regionsFromIndex?: boolean;
}

export interface FieldToCost {
  parent: SchemaType | undefined;
  /** Undefined for introspection fields and fields the schema lacks (refused by validation). */
  field: SchemaField | undefined;
  node: FieldNode;
  /** The cost of the field's own selection, once. */
  innerCost: number;
  argument: ArgumentValue;
}

/** A relation list is not paged: counted as this many entries. */
const RELATION_LIST_ESTIMATE = 10;
/** Matches each town gives per kind searched: MATCHES_PER_TOWN_AND_KIND in resolvers/search.ts. */
const SEARCH_MATCHES_PER_TOWN_AND_KIND = 50;

/** What reading a field does, from its place in the schema; see fieldCost. */
type FieldShape = 'page' | 'townPage' | 'search' | 'ids' | 'townList' | 'groupTownList' | 'relationList' | 'aggregate' | 'object';

/**
 * An aggregate reads no town, but a whole kind of the index: counted as this many entries, so
 * that one request holds a few of them (20 at the default limit), not 30 aliases of the heaviest.
 */
const AGGREGATE_COST = 1000;

const stringsOrUndefined = (value: unknown) =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
const stringOrUndefined = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The entries reading one field may touch, its selection's cost `innerCost` included.
 *
 * - A shared page (`shared: true`) reads `first` entries from every town of the registry, a
 *   town's own list too: the towns it follows may reach them all.
 * - A page (a field with `first`) reads `first` entries from every town it asks (its `towns`
 *   or `group`, else every town; a town's own list asks one), merges them into one page of
 *   `first`, whose relations are then read: towns × first + first × innerCost. Over several
 *   towns with the index read: one read of `first`, first + first × innerCost.
 * - `search` reads 50 matches per town and kind searched, then resolves a page of hits; from
 *   the index, one read of the page.
 * - `nodes(ids)` reads each id; a list of towns repeats its selection per town.
 * - An aggregate (`groupBy`) counts 1,000: it reads the index, not the towns, but all of a kind.
 * - A relation list (entries of an entry) counts 10 of its selection; any other object 1.
 */
export function fieldCost({ parent, field, node, innerCost, argument }: FieldToCost, settings: CostSettings): number {
  if (!field) return Math.max(1, innerCost);
  const value = (name: string) => argument(node, field, name);
  const towns = () => settings.towns.count(stringsOrUndefined(value('towns')), stringOrUndefined(value('group')));
  const shape = shapeOf(parent, field);
  switch (shape) {
    case 'page':
    case 'townPage': {
      const first = pageSize(value('first') ?? value('last') ?? DEFAULT_PAGE_SIZE, settings.maxPageSize);
      // A shared listing may reach every town, through the channels its towns follow, and is never read from the index.
      const read =
        value('shared') === true
          ? settings.towns.count(undefined, undefined)
          : shape === 'townPage' && !fromIndex(settings, towns())
            ? towns()
            : 1;
      return saturate(read * first + first * innerCost);
    }
    case 'search': {
      const first = pageSize(value('first') ?? value('last') ?? DEFAULT_PAGE_SIZE, settings.maxPageSize);
      if (fromIndex(settings, towns())) return saturate(first + first * innerCost);
      return saturate(towns() * searchedKinds(field, value('kinds')) * SEARCH_MATCHES_PER_TOWN_AND_KIND + first * innerCost);
    }
    case 'ids':
      return saturate((stringsOrUndefined(value('ids'))?.length ?? 1) * Math.max(1, innerCost));
    case 'townList':
      return saturate(towns() * Math.max(1, innerCost));
    case 'groupTownList':
      return saturate(settings.towns.memberships() * Math.max(1, innerCost));
    case 'relationList':
      return saturate(RELATION_LIST_ESTIMATE * Math.max(1, innerCost));
    case 'aggregate':
      return saturate(AGGREGATE_COST + innerCost);
    case 'object':
      return Math.max(1, innerCost);
  }
}

/** A region's page or search read from the index: one query (the towns answer only when it cannot). */
const fromIndex = (settings: CostSettings, towns: number) => settings.regionsFromIndex === true && towns > 1;

const shapes = new WeakMap<SchemaField, FieldShape>();

/** A field's shape, worked out once per field of the schema: measuring walks thousands. */
function shapeOf(parent: SchemaType | undefined, field: SchemaField): FieldShape {
  let shape = shapes.get(field);
  if (!shape) {
    shape = toShape(parent, field);
    shapes.set(field, shape);
  }
  return shape;
}

function toShape(parent: SchemaType | undefined, field: SchemaField): FieldShape {
  const has = (name: string) => field.args.some((a) => a.name === name);
  const asksTowns = has('towns') || has('group');
  // `search` is the one field taking `kinds`.
  if (has('first')) return has('kinds') ? 'search' : asksTowns ? 'townPage' : 'page';
  if (has('ids')) return 'ids';
  if (has('groupBy')) return 'aggregate';
  // `towns(group)` at the root; a group's `towns`, under `groups`, list every membership once.
  if (isListType(field.type) && namedType(field.type).name === 'Town') return asksTowns ? 'townList' : 'groupTownList';
  return isRelationList(parent, field) ? 'relationList' : 'object';
}

/** A page size as the resolvers take it; anything else is refused at execution, counted as the largest. */
function pageSize(first: unknown, maxPageSize: number): number {
  return typeof first === 'number' && Number.isFinite(first) ? Math.min(Math.max(0, Math.floor(first)), maxPageSize) : maxPageSize;
}

/** The kinds named, else every value of the `kinds` argument's enum (ContentKind). */
function searchedKinds(field: SchemaField, kinds: unknown): number {
  if (Array.isArray(kinds) && kinds.length > 0) return new Set(kinds).size;
  const kindsType = field.args.find((a) => a.name === 'kinds')!.type;
  return namedType(kindsType).getValues?.().length ?? 1;
}

/**
 * A list of entries (a type implementing Node) kept in another entry, e.g. a meeting's agenda
 * items. A connection's nodes and edges are the page `first` already counts; a list of values
 * kept in the entry itself (opening hours, a service's attributes) is no read of its own.
 */
function isRelationList(parent: SchemaType | undefined, field: SchemaField): boolean {
  if (String(parent).endsWith('Connection') || !isListType(field.type)) return false;
  return (namedType(field.type).getInterfaces?.() ?? []).some((i) => i.name === 'Node');
}
