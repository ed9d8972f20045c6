import { ClosedSessionErrorCode, ClosedSessionProblem } from './closed-session-problem';
import { confidentialityOf } from './confidentiality-of';
import { findWithheldSort } from './find-withheld-sort';
import { guardFilters } from './guard-filters';
import { guardPopulate } from './guard-populate';
import type { GetModel, StrapiModel } from './strapi-model';
import { withFlag } from './with-flag';

/**
 * A content-API query (Strapi's parsed `ctx.query`) made safe for confidential entries:
 * returns the parameters to replace (`filters`, `fields`, `populate`), or throws a
 * `ClosedSessionProblem` for what cannot be answered safely (an order by a withheld field,
 * a negated condition through a withheld relation, a full-text search of a confidential model).
 */
export function guardClosedSessionQuery(
  query: Readonly<Record<string, unknown>>,
  model: StrapiModel,
  getModel: GetModel,
): Record<string, unknown> {
  const rule = confidentialityOf(model);
  if (rule && query._q !== undefined) {
    throw new ClosedSessionProblem(
      ClosedSessionErrorCode.WithheldSearch,
      '_q',
      '_q: full-text search would search what confidential entries withhold; filter on a visible field instead.',
    );
  }
  const sorted = query.sort === undefined ? undefined : findWithheldSort(query.sort, model, getModel);
  if (sorted)
    throw new ClosedSessionProblem(
      ClosedSessionErrorCode.WithheldSort,
      'sort',
      `sort: ${sorted} is withheld from confidential entries and cannot order them.`,
    );
  const changes: Record<string, unknown> = {};
  if (query.filters !== undefined) changes.filters = guardFilters(query.filters, model, getModel);
  if (rule?.flag && query.fields !== undefined) changes.fields = withFlag(query.fields, rule.flag);
  if (query.populate !== undefined) changes.populate = guardPopulate(query.populate, model, getModel);
  return changes;
}
