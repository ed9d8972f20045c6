import { type Field, isCodeList, type ResolvedContentType } from '@communes/domain';

const isList = (field: Field): boolean =>
  (field.kind === 'relation' && (field.cardinality === 'oneToMany' || field.cardinality === 'manyToMany')) ||
  (field.kind === 'media' && field.multiple) ||
  isCodeList(field) ||
  (field.kind === 'struct' && field.list);

/**
 * What a client reads of a field that a confidential entry withholds, in the field's own
 * words: the SDL's field descriptions and the plugins' READMEs say it alike.
 */
export function withheldNote(type: ResolvedContentType, field: Field): string {
  const { when } = type.confidentiality!;
  return `Withheld (${isList(field) ? 'empty' : 'null'}) when ${when.field} is ${when.equals}.`;
}
