import { GraphQLError } from 'graphql';
import type { TownDirectory } from '../../towns/town-directory';
import { badParameter } from '../open-data-error';
import { toOpenDataError } from '../to-open-data-error';

/** Which towns an open-data request reads: some by code, one group, or every town. */
export interface TownScope {
  towns?: string[];
  group?: string;
  /** `shared=true`: also what the towns subscribe to (a shareable kind's listings only). */
  shared?: boolean;
}

const MAX_TOWNS = 50;
const CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;
const GROUP = /^([a-z0-9-]{1,63}:)?[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Reads `town` (comma-separated or repeated), `group` and `shared` from the query string, and checks
 * them against the registry now, so that an unknown town is a 404 and not an empty feed.
 */
export function toTownScope(url: URL, directory: TownDirectory): TownScope {
  const towns = url.searchParams
    .getAll('town')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const groups = url.searchParams.getAll('group');
  if (towns.length > MAX_TOWNS) throw badParameter(`town: expected at most ${MAX_TOWNS} towns, got ${towns.length}; use group for more.`);
  const bad = towns.find((t) => !CODE.test(t));
  if (bad !== undefined)
    throw badParameter(`town: expected town codes such as "eupen" (lower case letters, digits, hyphens), got "${bad.slice(0, 80)}".`);
  if (groups.length > 1) throw badParameter(`group: expected one group, got ${groups.length}.`);
  const group = groups[0]?.trim();
  if (group !== undefined && !GROUP.test(group))
    throw badParameter(`group: expected a group code such as "wallonia" or "region:wallonia", got "${group.slice(0, 80)}".`);
  if (towns.length && group) throw badParameter('town and group: give one of them, not both.');
  const shared = url.searchParams.getAll('shared');
  if (shared.length > 1 || (shared[0] !== undefined && shared[0] !== 'true' && shared[0] !== 'false'))
    throw badParameter(`shared: expected true or false, once, got "${shared.join(',').slice(0, 80)}".`);
  const scope: TownScope = {};
  if (shared[0] === 'true') scope.shared = true;
  if (towns.length) scope.towns = [...new Set(towns)];
  if (group) scope.group = group;
  try {
    directory.select(scope.towns, scope.group);
  } catch (error) {
    // An unknown town or group: the status every open-data format gives UNKNOWN_TOWN.
    throw (error instanceof GraphQLError && toOpenDataError([error], directory)) || error;
  }
  return scope;
}
