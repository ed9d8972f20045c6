import type { KindAttribute } from './kind-schemas';

/**
 * Malformed values for a filter on one attribute, by its type: what a careless or hostile
 * client sends. Each must be answered with a 400 (or an empty list), never a 500. A one-value
 * `$between` and an impossible date are the cases seen answering 500 on Strapi 5.54.
 */
export function badFilterValues(name: string, attribute: KindAttribute): [string, string][][] {
  const f = `filters[${name}]`;
  switch (attribute.type) {
    case 'date':
    case 'datetime':
      return [[[`${f}[$between]`, '2026-01-01']], [[`${f}[$eq]`, '2026-02-30']], [[`${f}[$gt]`, 'not-a-date']]];
    case 'integer':
    case 'float':
    case 'decimal':
      return [[[`${f}[$between]`, '1']], [[`${f}[$eq]`, 'abc']], [[`${f}[$lt]`, '1e999']]];
    case 'boolean':
      return [[[`${f}[$eq]`, 'maybe']], [[`${f}[$between]`, 'true']]];
    case 'enumeration':
      return [[[`${f}[$eq][$ne]`, 'x']], [[`${f}[$between]`, 'a']]];
    case 'json':
      return [[[`${f}[$contains]`, '{"unclosed']], [[`${f}[$eq]`, '[1,']]];
    case 'relation':
    case 'media':
      return [[[`${f}[$eq]`, '1']], [[`${f}[id][$eq]`, 'abc']], [[`${f}[documentId][$between]`, 'a']]];
    default:
      return [
        [[`${f}[$between]`, 'a']],
        [
          [`${f}[$containsi][0]`, 'a'],
          [`${f}[$containsi][1]`, 'b'],
        ],
        [[`${f}[$regex]`, '.*']],
      ];
  }
}
