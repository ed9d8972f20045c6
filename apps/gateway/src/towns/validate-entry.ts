import type { Field, ResolvedContentType } from '@communes/domain';
import { geoColumns } from '@communes/codegen';

const TYPE_OF: Partial<Record<Field['kind'], string>> = {
  string: 'string',
  text: 'string',
  richText: 'string',
  email: 'string',
  url: 'string',
  date: 'string',
  dateTime: 'string',
  time: 'string',
  enumeration: 'string',
  integer: 'number',
  decimal: 'number',
  boolean: 'boolean',
};

/**
 * Checks a town's entry against the model before it is used: a wrong shape is a bad
 * response, not a crash later. Fields the model lacks are ignored (a town may extend its
 * schema); fields the entry lacks are fine (an older town). Returns what is wrong, if anything.
 */
export function findEntryProblem(entry: unknown, type: ResolvedContentType): string | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'an entry is not an object';
  const record = entry as Record<string, unknown>;
  if (typeof record.documentId !== 'string' || record.documentId === '') return 'an entry has no documentId';
  for (const [name, field] of Object.entries(type.fields)) {
    const names = field.kind === 'geoPoint' ? Object.values(geoColumns(name)) : [name];
    for (const key of names) {
      const value = record[key];
      if (value === undefined || value === null) continue;
      const expected = field.kind === 'geoPoint' ? 'number' : TYPE_OF[field.kind];
      if (expected && typeof value !== expected) return `${type.names.singular}.${key} is ${typeof value}, expected ${expected}`;
      if (field.kind === 'enumeration' && !field.vocabulary.codes.some((c) => c.code === value)) return `${type.names.singular}.${key} is "${String(value)}", not a ${field.vocabulary.name} code`;
      if ((field.kind === 'enumerationList' || (field.kind === 'struct' && field.list) || (field.kind === 'media' && field.multiple)) && !Array.isArray(value)) {
        return `${type.names.singular}.${key} is not a list`;
      }
      if (field.kind === 'relation' && typeof value !== 'object') return `${type.names.singular}.${key} is not a relation`;
    }
  }
  return undefined;
}
