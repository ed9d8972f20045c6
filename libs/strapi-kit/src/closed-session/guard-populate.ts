import { ClosedSessionErrorCode, ClosedSessionProblem } from './closed-session-problem';
import { confidentialityOf, openCondition, withheldLinkRule } from './confidentiality-of';
import { findWithheldSort } from './find-withheld-sort';
import { guardFilters } from './guard-filters';
import type { GetModel, StrapiModel } from './strapi-model';
import { withFlag } from './with-flag';

type Populate = Record<string, unknown>;

const isObject = (value: unknown): value is Populate => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTrue = (value: unknown) =>
  value === true || value === '*' || (typeof value === 'string' && ['true', 't', '1', 'yes', 'y'].includes(value.toLowerCase()));

/**
 * A populate clause rewritten like the root query, at each related model: its `filters`
 * guarded, its `sort` refused on withheld fields, the flag added to its `fields` so the output
 * can tell open entries from closed ones. A relation on the far side of a withheld one (a
 * paper's agenda items) also gets "and the entry is open" as a filter, so its closed entries
 * are not even read, and `count` cannot count them. String forms (`*`, `a.b`) carry no
 * options and select every field: the output sanitizer alone handles them.
 */
export function guardPopulate(populate: unknown, model: StrapiModel, getModel: GetModel, path = 'populate'): unknown {
  if (!isObject(populate)) return populate;
  const out: Populate = {};
  for (const [key, value] of Object.entries(populate)) {
    const attribute = model.attributes[key];
    const target = attribute?.type === 'relation' && attribute.target ? getModel(attribute.target) : undefined;
    if (!target) {
      out[key] = value;
      continue;
    }
    const linkRule = withheldLinkRule(model, key, getModel);
    if (!isObject(value)) {
      out[key] = linkRule && isTrue(value) ? { filters: openCondition(linkRule) } : value;
      continue;
    }
    const clause: Populate = { ...value };
    const where = `${path}[${key}]`;
    const sorted = 'sort' in clause ? findWithheldSort(clause.sort, target, getModel) : undefined;
    if (sorted)
      throw new ClosedSessionProblem(
        ClosedSessionErrorCode.WithheldSort,
        'populate',
        `${where}[sort]: ${sorted} is withheld from confidential entries and cannot order them.`,
      );
    if ('filters' in clause) clause.filters = guardFilters(clause.filters, target, getModel);
    const rule = confidentialityOf(target);
    if (rule?.flag && 'fields' in clause) clause.fields = withFlag(clause.fields, rule.flag);
    if ('populate' in clause) clause.populate = guardPopulate(clause.populate, target, getModel, `${where}[populate]`);
    if (linkRule)
      clause.filters = clause.filters === undefined ? openCondition(linkRule) : { $and: [clause.filters, openCondition(linkRule)] };
    out[key] = clause;
  }
  return out;
}
