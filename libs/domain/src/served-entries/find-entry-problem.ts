import { isIsoDateTime } from '../iso-temporal';
import type { ResolvedContentType } from '../resolve-model';
import { checkFieldValue, describeValue } from './check-field-value';
import { fieldPlanOf } from './field-plan';
import { isNonNullOutput } from './is-non-null-output';

const SYSTEM_DATES = ['createdAt', 'updatedAt', 'publishedAt'];

/**
 * Checks a town's entry deeply against the model before it is used: a wrong shape or value is
 * a bad response of that town, caught here, not a crash later or a value GraphQL cannot write
 * (which would fail the list for every town). Fields the model lacks are ignored (a town may
 * extend its schema). A field the entry lacks is fine (an older town), unless the schema
 * declares it non-null and the town was asked for it (`asked`, the attributes the query sent
 * for; every one when undefined): GraphQL would otherwise answer null for the list around it.
 * Returns what is wrong, if anything, with the field's path, e.g. `public-service.audiences[0]
 * is "Nouvel arrivant", expected an Audience code`.
 */
export function findEntryProblem(entry: unknown, type: ResolvedContentType, asked?: readonly string[]): string | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'an entry is not an object';
  const record = entry as Record<string, unknown>;
  if (typeof record.documentId !== 'string' || record.documentId === '') return 'an entry has no documentId';
  const prefix = `${type.names.singular}.`;
  if (record.locale != null && typeof record.locale !== 'string')
    return `${prefix}locale is ${describeValue(record.locale)}, expected a string`;
  for (const key of SYSTEM_DATES) {
    if (record[key] != null && !isIsoDateTime(record[key])) return `${prefix}${key} is ${describeValue(record[key])}, expected an instant`;
  }
  for (const plan of fieldPlanOf(type)) {
    if (isNonNullOutput(type, plan.name) && (!asked || asked.includes(plan.name))) {
      const absent = plan.keys.find((key) => record[key] == null);
      if (absent !== undefined) return `${prefix}${absent} is ${record[absent] === null ? 'null' : 'missing'}, expected a value (required)`;
    }
    const problem = checkFieldValue(plan, record, prefix);
    if (problem) return problem;
  }
  return undefined;
}
