import type { Field } from '@communes/domain';
import type { TypeNameOf } from './graphql-field';

const TO_ONE = new Set(['oneToOne', 'manyToOne']);
const ACRONYMS: Readonly<Record<string, string>> = { url: 'URL', id: 'ID' };

/** `livestreamUrl` → `livestream URL`: a field's name as words in a sentence. */
export const toWords = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((word) => ACRONYMS[word] ?? word)
    .join(' ');

/** What a value of the field is, when its name does not say it. */
function kindNote(field: Field, typeNameOf: TypeNameOf): string {
  switch (field.kind) {
    case 'string':
    case 'text':
      return '';
    case 'richText':
      return ' (Markdown)';
    case 'email':
      return ' (an e-mail address)';
    case 'url':
      return ' (a web address)';
    case 'integer':
      return ' (a whole number)';
    case 'decimal':
      return ' (a number)';
    case 'boolean':
      return ' (true or false)';
    case 'date':
      return ' (a calendar date)';
    case 'dateTime':
      return ' (an instant)';
    case 'time':
      return ' (a wall-clock time)';
    case 'enumeration':
      return ` (a ${field.vocabulary.name} code)`;
    case 'enumerationList':
      return ` (${field.vocabulary.name} codes)`;
    case 'memberList':
      return " (members' codes)";
    case 'geoPoint':
      return ' (a WGS 84 position)';
    case 'media':
      return field.multiple ? ' (files)' : ' (a file)';
    case 'struct':
      return field.list ? ` (${field.valueType.name} values)` : ` (a ${field.valueType.name})`;
    case 'json':
      return ' (free-form JSON)';
    case 'relation':
      return TO_ONE.has(field.cardinality) ? ` (a ${typeNameOf(field.target)})` : ` (${typeNameOf(field.target)} entries)`;
  }
}

/**
 * A field's description: the model's, else one made from its owner's and its own name and
 * its kind ("The meeting's start (an instant)."), so that every field of the schema says
 * something to a reader of the schema (IDEs, graphql-eslint's description rule).
 */
export function describeField(owner: string, name: string, field: Field, typeNameOf: TypeNameOf): string {
  return field.description ?? `The ${owner}'s ${toWords(name)}${kindNote(field, typeNameOf)}.`;
}
