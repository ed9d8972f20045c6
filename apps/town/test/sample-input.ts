import { geoColumns, type Field, type ValueType } from '@communes/domain';

/** Relation targets already created, by singular name: their documentIds. */
export type CreatedEntries = ReadonlyMap<string, string>;

const SAMPLE_DATE = '2026-03-14';
const SAMPLE_DATE_TIME = '2026-03-14T19:30:00.000Z';
const SAMPLE_TIME = '19:30:00.000';

/** Fields whose model rules (checked on every write) a generic sample would break. */
const RULED_SAMPLES: Readonly<Record<string, unknown>> = {
  recurrenceRule: 'FREQ=WEEKLY;BYDAY=SA',
  recurrenceExceptions: ['2026-03-21T19:30:00.000Z'],
  // A service request's answers by question code: a choice, several choices, a number.
  attributeValues: { size: 'large', damage: ['hole', 'crack'], depth: 12.5 },
  currency: 'USD',
  opens: '08:30:00.000',
};

const fit = (text: string, min = 0, max = Infinity): string => text.padEnd(min, 'x').slice(0, max);

/**
 * A value for one field, chosen to differ from the field's default so that reading it back
 * proves it was stored, not defaulted.
 */
export function sampleValue(name: string, field: Field, locale: string, media: number): unknown {
  if (Object.hasOwn(RULED_SAMPLES, name)) return RULED_SAMPLES[name];
  switch (field.kind) {
    case 'string':
      return fit(`${name} ${locale}`, field.minLength, field.maxLength);
    case 'text':
      return fit(`Text of ${name} (${locale}).`, field.minLength, field.maxLength);
    case 'email':
      return `${name.toLowerCase()}.${locale}@example.org`;
    case 'url':
      return `https://example.org/${locale}/${name}`;
    case 'richText':
      return `## ${name}\n\nSome **markdown** in ${locale}.`;
    case 'integer':
      return Math.min((field.min ?? 0) + 3, field.max ?? Infinity);
    case 'decimal':
      return Math.min((field.min ?? 0) + 12.5, field.max ?? Infinity);
    case 'boolean':
      return !(field.default ?? false);
    case 'date':
      return SAMPLE_DATE;
    case 'dateTime':
      return SAMPLE_DATE_TIME;
    case 'time':
      return SAMPLE_TIME;
    case 'enumeration': {
      const codes = field.vocabulary.codes.map((c) => c.code).filter((code) => code !== field.default);
      return codes[codes.length - 1];
    }
    case 'enumerationList':
      return field.vocabulary.codes.slice(0, 2).map((c) => c.code);
    case 'memberList':
      return ['sambreville', 'cpas-seneffe'];
    case 'struct':
      return field.list ? [sampleStruct(field.valueType, locale)] : sampleStruct(field.valueType, locale);
    case 'json':
      return { sample: [1, 2, 3], locale };
    case 'media':
      return field.multiple ? [media] : media;
    case 'geoPoint':
      return { latitude: 50.5311, longitude: 4.2613 };
    case 'relation':
      throw new Error(`sampleValue: relation "${name}" is set by sampleRelations.`);
  }
}

export function sampleStruct(valueType: ValueType, locale: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(valueType.fields).map(([name, field]) => [name, sampleValue(name, field, locale, 0)]));
}

/** Strapi attributes for the non-relation fields: a geo point becomes its two columns. */
export function sampleAttributes(
  fields: Readonly<Record<string, Field>>,
  locale: string,
  media: number,
  include: (name: string, field: Field) => boolean = () => true,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields)) {
    if (field.kind === 'relation' || !include(name, field)) continue;
    const value = sampleValue(name, field, locale, media);
    if (field.kind === 'geoPoint') {
      const point = value as { latitude: number; longitude: number };
      const columns = geoColumns(name);
      data[columns.latitude] = point.latitude;
      data[columns.longitude] = point.longitude;
    } else {
      data[name] = value;
    }
  }
  return data;
}
