import { checkFilterValues } from './check-filter-values';
import { isMorphRelation, isPopulatable, targetUidOf, type ModelLookup, type ModelSchema } from './model-schema';
import { queryProblem, type QueryProblem } from './query-problem';

/** How many relations deep one request may populate: `populate[a][populate][b][populate][c]`. */
export const MAX_POPULATE_DEPTH = 3;
/** How many relations one request may populate in all (`*` counts each relation it takes). */
export const MAX_POPULATE_PATHS = 25;

type Problem = QueryProblem | undefined;

interface Walk {
  getModel: ModelLookup;
  /** Relations populated so far. */
  paths: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const NOT_POPULATED = new Set([false, 'false', '0', 'f']);

/**
 * A polymorphic relation (a file's `related`) reaches entries of every type, drafts included:
 * Strapi serves what it finds there without the published-only rule.
 */
const morphProblem = (param: string, name: string) =>
  queryProblem(param, `${param}: "${name}" links to entries of any type, drafts included, and is not served.`);

function tooDeep(param: string, depth: number): Problem {
  return depth > MAX_POPULATE_DEPTH
    ? queryProblem(param, `${param} populates ${depth} relations deep; at most ${MAX_POPULATE_DEPTH}.`)
    : undefined;
}

/** `*`: every relation, media and component of the model, one level down. */
function checkEverything(model: ModelSchema, param: string, walk: Walk): Problem {
  for (const [name, attribute] of Object.entries(model.attributes)) {
    if (!isPopulatable(attribute) || attribute.private) continue;
    if (isMorphRelation(attribute)) return morphProblem(param, name);
    walk.paths++;
  }
  return undefined;
}

/** The string forms: `a,b`, dotted paths `a.b.c`, `*`. */
function checkPaths(paths: string[], model: ModelSchema, param: string, depth: number, walk: Walk): Problem {
  const seen = new Set<string>();
  for (const path of paths.map((p) => p.trim()).filter(Boolean)) {
    if (path === '*') {
      const problem = tooDeep(param, depth) ?? checkEverything(model, param, walk);
      if (problem) return problem;
      continue;
    }
    const names = path.split('.');
    const problem = tooDeep(param, depth + names.length - 1);
    if (problem) return problem;
    let current: ModelSchema | undefined = model;
    for (const [i, name] of names.entries()) {
      const attribute = current?.attributes[name];
      if (!attribute || attribute.private) break; // Strapi refuses an unknown relation itself.
      if (isMorphRelation(attribute)) return morphProblem(param, name);
      const prefix = names.slice(0, i + 1).join('.');
      if (!seen.has(prefix)) walk.paths++;
      seen.add(prefix);
      const target = targetUidOf(attribute);
      current = target ? walk.getModel(target) : undefined;
    }
  }
  return undefined;
}

/** The object form: `populate[a]=true`, `populate[a][populate]…`, `[filters]`, `[on]`. */
function checkRelations(populate: Record<string, unknown>, model: ModelSchema, param: string, depth: number, walk: Walk): Problem {
  for (const [name, sub] of Object.entries(populate)) {
    const attribute = model.attributes[name];
    const at = `${param}[${name}]`;
    if (NOT_POPULATED.has(sub as never) || !attribute || attribute.private) continue;
    if (isMorphRelation(attribute)) return morphProblem(at, name);
    const problem = tooDeep(at, depth);
    if (problem) return problem;
    walk.paths++;
    const target = targetUidOf(attribute);
    const targetModel = target ? walk.getModel(target) : undefined;
    if (!isRecord(sub)) continue;
    const nested =
      (targetModel && sub.filters !== undefined
        ? checkFilterValues(sub.filters, targetModel, walk.getModel, { param: `${at}[filters]`, underRelation: true })
        : undefined) ??
      (targetModel && sub.populate !== undefined
        ? checkPopulateAt(sub.populate, targetModel, `${at}[populate]`, depth + 1, walk)
        : undefined) ??
      checkFragments(sub.on, `${at}[on]`, depth, walk);
    if (nested) return nested;
  }
  return undefined;
}

/** A dynamic zone's `on[<component uid>]`: each component populated like a relation's target. */
function checkFragments(on: unknown, param: string, depth: number, walk: Walk): Problem {
  if (!isRecord(on)) return undefined;
  for (const [uid, fragment] of Object.entries(on)) {
    const model = walk.getModel(uid);
    if (!model || !isRecord(fragment)) continue;
    const at = `${param}[${uid}]`;
    const problem =
      (fragment.filters !== undefined
        ? checkFilterValues(fragment.filters, model, walk.getModel, { param: `${at}[filters]`, underRelation: true })
        : undefined) ??
      (fragment.populate !== undefined ? checkPopulateAt(fragment.populate, model, `${at}[populate]`, depth + 1, walk) : undefined);
    if (problem) return problem;
  }
  return undefined;
}

function checkPopulateAt(populate: unknown, model: ModelSchema, param: string, depth: number, walk: Walk): Problem {
  if (typeof populate === 'string') return checkPaths(populate.split(','), model, param, depth, walk);
  if (Array.isArray(populate))
    return checkPaths(
      populate.filter((p): p is string => typeof p === 'string').flatMap((p) => p.split(',')),
      model,
      param,
      depth,
      walk,
    );
  if (isRecord(populate)) return checkRelations(populate, model, param, depth, walk);
  return undefined;
}

/**
 * Bounds what one request may populate: how deep (relations of relations), how many
 * relations in all, no polymorphic relation (which serves drafts), and the values of the
 * filters inside it. Unknown relations and malformed shapes are Strapi's to refuse.
 */
export function checkPopulate(populate: unknown, model: ModelSchema, getModel: ModelLookup): Problem {
  if (populate === undefined) return undefined;
  const walk: Walk = { getModel, paths: 0 };
  const problem = checkPopulateAt(populate, model, 'populate', 1, walk);
  if (problem) return problem;
  if (walk.paths > MAX_POPULATE_PATHS)
    return queryProblem('populate', `populate asks for ${walk.paths} relations; at most ${MAX_POPULATE_PATHS} in one request.`);
  return undefined;
}
