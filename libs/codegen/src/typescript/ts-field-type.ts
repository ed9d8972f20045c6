import type { Field, ValueType, Vocabulary } from '@communes/domain';

/** Which shape of the model a TypeScript type describes. */
export type TsSide =
  /** What a town's REST API returns (relations and media when populated). */
  | 'entry'
  /** What is written through Strapi's Document Service (relations by documentId, media by id). */
  | 'input'
  /** What the gateway's GraphQL schema returns. */
  | 'graphql';

const TO_ONE = new Set(['oneToOne', 'manyToOne']);

export const vocabularyUnion = (vocabulary: Vocabulary): string => vocabulary.codes.map((c) => `'${c.code}'`).join(' | ');

/** The TypeScript type of a field's value, without `| null`. */
export function toTsType(field: Field, side: TsSide, typeNameOf: (singular: string) => string): string {
  switch (field.kind) {
    case 'string':
    case 'text':
    case 'email':
    case 'url':
    case 'richText':
    case 'date':
    case 'dateTime':
    case 'time':
      return 'string';
    case 'integer':
    case 'decimal':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'enumeration':
      return field.vocabulary.name;
    case 'enumerationList':
      return `${field.vocabulary.name}[]`;
    case 'memberList':
      return 'string[]';
    case 'geoPoint':
      return 'GeoPoint';
    case 'struct':
      return field.list ? `${field.valueType.name}[]` : field.valueType.name;
    case 'json':
      return 'unknown';
    case 'media':
      if (side === 'input') return field.multiple ? 'number[]' : 'number';
      return field.multiple ? 'MediaFile[]' : 'MediaFile';
    case 'relation': {
      const one = TO_ONE.has(field.cardinality);
      if (side === 'input') return one ? 'string' : 'string[]';
      const target = typeNameOf(field.target) + (side === 'entry' ? 'Entry' : '');
      return one ? target : `${target}[]`;
    }
  }
}

export function valueTypeInterface(valueType: ValueType): string {
  const lines = Object.entries(valueType.fields).map(([name, field]) => {
    const type = toTsType(field, 'entry', () => 'never');
    return field.required ? `  ${name}: ${type};` : `  ${name}?: ${type} | null;`;
  });
  return `/** ${valueType.description} */\nexport interface ${valueType.name} {\n${lines.join('\n')}\n}`;
}

export const GENERATED_TS_HEADER = '// Generated from libs/domain by `npm run generate`. Do not edit: change the model instead.\n';
