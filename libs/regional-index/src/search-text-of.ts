import type { ResolvedContentType } from '@communes/domain';

const TEXT_KINDS = new Set(['string', 'text', 'richText']);

/** The words an entry is found by: its text fields (title first), joined. */
export function searchTextOf(type: ResolvedContentType, data: Readonly<Record<string, unknown>>): string {
  const names = Object.keys(type.fields).filter((name) => TEXT_KINDS.has(type.fields[name]!.kind));
  const ordered = type.titleField ? [type.titleField, ...names.filter((name) => name !== type.titleField)] : names;
  return ordered
    .map((name) => data[name])
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .join('\n');
}
