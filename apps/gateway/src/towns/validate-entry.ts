import type { ResolvedContentType } from '@communes/domain';
import { fieldPlanOf } from './field-plan';

/**
 * Checks a town's entry against the model before it is used: a wrong shape is a bad
 * response, not a crash later. Fields the model lacks are ignored (a town may extend its
 * schema); fields the entry lacks are fine (an older town). Returns what is wrong, if anything.
 */
export function findEntryProblem(entry: unknown, type: ResolvedContentType): string | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'an entry is not an object';
  const record = entry as Record<string, unknown>;
  if (typeof record.documentId !== 'string' || record.documentId === '') return 'an entry has no documentId';
  for (const { field, keys, expected, codes, list } of fieldPlanOf(type)) {
    for (const key of keys) {
      const value = record[key];
      if (value === undefined || value === null) continue;
      if (expected && typeof value !== expected) return `${type.names.singular}.${key} is ${typeof value}, expected ${expected}`;
      if (field.kind === 'enumeration' && !codes!.has(value as string)) return `${type.names.singular}.${key} is "${String(value)}", not a ${field.vocabulary.name} code`;
      if (list && !Array.isArray(value)) return `${type.names.singular}.${key} is not a list`;
      if (field.kind === 'relation' && typeof value !== 'object') return `${type.names.singular}.${key} is not a relation`;
    }
  }
  return undefined;
}
