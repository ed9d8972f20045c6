import { ClosedSessionErrorCode, ClosedSessionProblem } from './closed-session-problem';
import { confidentialityOf, isWithheldAttribute, openCondition, withheldLinkRule, type ModelConfidentiality } from './confidentiality-of';
import type { GetModel, StrapiModel } from './strapi-model';

type Filters = Record<string, unknown>;

const isObject = (value: unknown): value is Filters => typeof value === 'object' && value !== null && !Array.isArray(value);
const logical = (key: string) => ['$and', '$or', '$not'].includes(key.toLowerCase());

/** `$and`/`$or`/`$not` hold a list, which qs turns into an object with numeric keys past 100 items. */
function mapOperands(value: unknown, guard: (operand: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map(guard);
  if (isObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key)))
    return Object.fromEntries(Object.entries(value).map(([i, v]) => [i, guard(v)]));
  return guard(value);
}

/**
 * A filter reached through the far side of a withheld relation (a paper's `agendaItems`):
 * each related row it tests must be open, so a closed row fails every condition whatever its
 * values, exactly like a missing one would in an un-negated filter. Operators put on the
 * relation itself (`$eq`, `$in`, `$null` on the related id) become conditions on `id`, inside
 * the same conjunction.
 */
function guardLink(value: unknown, rule: ModelConfidentiality, target: StrapiModel, getModel: GetModel, negated: boolean): Filters {
  const parts: unknown[] = [];
  if (!isObject(value)) parts.push({ id: { [Array.isArray(value) ? '$in' : '$eq']: value } });
  else {
    const rest: Filters = {};
    for (const [key, operand] of Object.entries(value)) {
      if (key.startsWith('$') && !logical(key)) parts.push({ id: { [key]: operand } });
      else rest[key] = operand;
    }
    if (Object.keys(rest).length) parts.unshift(guardFilters(rest, target, getModel, negated));
  }
  return { $and: [...parts, openCondition(rule)] };
}

/**
 * Strapi REST filters rewritten so that no answer depends on what a confidential entry
 * withholds. Each filter object that tests a withheld field of a confidential model is
 * joined with "and the entry is open" (`public = true`), at the level of the entry it tests,
 * so a closed entry fails the test whatever its hidden values (and, under `$not`, passes it
 * whatever they are). A condition through the far side of a withheld relation is joined the
 * same way on the related entry; under `$not` such a condition would still tell a withheld
 * link from no link (a closed row is false where a missing one is unknown), so it is refused.
 */
export function guardFilters(filters: unknown, model: StrapiModel, getModel: GetModel, negated = false): unknown {
  if (Array.isArray(filters)) return filters.map((f) => guardFilters(f, model, getModel, negated));
  if (!isObject(filters)) return filters;
  const rule = confidentialityOf(model);
  let testsWithheld = false;
  const out: Filters = {};
  for (const [key, value] of Object.entries(filters)) {
    if (logical(key)) {
      const flips = key.toLowerCase() === '$not';
      out[key] = mapOperands(value, (operand) => guardFilters(operand, model, getModel, flips ? !negated : negated));
      continue;
    }
    // Through `localizations` an entry meets its other locales' rows, drafts among them, whose
    // flag may say open while the published entry is closed: only the entry's own flag counts.
    if (isWithheldAttribute(model, key) || (key === 'localizations' && rule)) testsWithheld = true;
    const attribute = model.attributes[key];
    const target = attribute?.type === 'relation' && attribute.target ? getModel(attribute.target) : undefined;
    if (!target) {
      out[key] = value;
      continue;
    }
    const linkRule = withheldLinkRule(model, key, getModel);
    if (linkRule && negated) {
      throw new ClosedSessionProblem(
        ClosedSessionErrorCode.NegatedWithheldLink,
        'filters',
        `filters: a negated condition through ${key} cannot be answered without telling which confidential entries it links; filter without $not.`,
      );
    }
    out[key] = linkRule ? guardLink(value, linkRule, target, getModel, negated) : guardFilters(value, target, getModel, negated);
  }
  return testsWithheld && rule ? { $and: [out, openCondition(rule)] } : out;
}
