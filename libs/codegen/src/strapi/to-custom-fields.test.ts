import { communesModel, contentTypeNamed, LOCALES, toUid } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { kitchenSinkModel } from '../testing/kitchen-sink-model';
import { type ATTRIBUTE_ANSWERS_SOURCE, FIELD_EDITORS } from './field-editors';
import { CUSTOM_FIELD_STORAGE, storedTypeOf } from './stored-type';
import { toStrapiSchema } from './to-strapi-schema';
import type { ValueTypeShape } from './to-custom-field-options';

const sink = toStrapiSchema(contentTypeNamed('kitchen-sink', kitchenSinkModel), kitchenSinkModel);
const schemaOf = (singular: string) => toStrapiSchema(contentTypeNamed(singular, communesModel), communesModel);
const red = { code: 'red', labels: { en: 'Red', fr: 'Rouge' } };
const blue = { code: 'blue', labels: { en: 'Blue' } };

describe('structured fields become custom fields whose options carry what the input shows', () => {
  it('a vocabulary value keeps its enum (same column, same check) and gains its labels', () => {
    expect(sink.attributes.colour?.options).toEqual({ vocabulary: { name: 'Colour', codes: [red, blue] } });
    expect(sink.attributes.colour?.enum).toEqual(['red', 'blue']);
  });

  it('a vocabulary list carries its codes and labels in the model order', () => {
    expect(sink.attributes.colours?.options).toEqual({ vocabulary: { name: 'Colour', codes: [red, blue] } });
  });

  it("carries the model's editor label and help of each part", () => {
    const { options } = schemaOf('public-service').attributes.cost!;
    const currency = (options as { valueType: ValueTypeShape }).valueType.fields.find((f) => f.name === 'currency');
    expect(currency?.labels.fr).toBe('Devise');
    expect(currency?.help?.en).toMatch(/EUR/);
    expect(currency).toMatchObject({ minLength: 3, maxLength: 3, default: 'EUR' });
  });

  it('a struct carries whether it is a list and the shape of its parts, with their bounds and labels', () => {
    expect(sink.attributes.slots?.options).toEqual({
      list: true,
      valueType: {
        name: 'Slot',
        fields: [
          { name: 'day', kind: 'enumeration', labels: { en: 'day' }, required: true, vocabulary: { name: 'Colour', codes: [red, blue] } },
          { name: 'opens', kind: 'time', labels: { en: 'opens' } },
          { name: 'note', kind: 'string', labels: { en: 'note' }, maxLength: 20 },
        ],
      },
    });
    expect(sink.attributes.slot?.options).toMatchObject({ list: false });
  });

  it('leaves free JSON, which has no known shape, a plain JSON field', () => {
    expect(sink.attributes.extra).toEqual({ type: 'json', pluginOptions: { i18n: { localized: false } } });
  });

  it('gives opening hours their own editor in the plugin of the type', () => {
    expect(schemaOf('place').attributes.openingHours).toMatchObject({
      type: 'customField',
      customField: 'plugin::communes-directory.opening-hours',
      options: { list: true, valueType: { name: 'OpeningHoursSpecification' } },
    });
    expect(schemaOf('public-service').attributes.channels?.customField).toBe('plugin::communes-services.struct');
  });

  it("writes an event's recurrence through the recurrence editor and its exceptions through a date list, keeping the bounds", () => {
    const event = schemaOf('event');
    expect(event.attributes.recurrenceRule).toMatchObject({
      type: 'customField',
      customField: 'plugin::communes-agenda.recurrence-rule',
      maxLength: 500,
    });
    expect(event.attributes.recurrenceExceptions?.customField).toBe('plugin::communes-agenda.date-time-list');
  });

  it("answers a service request's questions through an input that finds them on the request's own service type", () => {
    const answers = schemaOf('service-request').attributes.attributeValues;
    expect(answers).toMatchObject({ type: 'customField', customField: 'plugin::communes-requests.attribute-answers' });
    const { relation, questions } = answers!.options as typeof ATTRIBUTE_ANSWERS_SOURCE;
    const link = schemaOf('service-request').attributes[relation];
    expect(link).toMatchObject({ type: 'relation', relation: 'manyToOne' });
    const serviceType = communesModel.contentTypes.find((t) => toUid(t.domain, t.names.singular) === link?.target);
    const asked = serviceType?.fields[questions];
    expect(asked?.kind === 'struct' && asked.list && asked.valueType.name).toBe('ServiceAttribute');
  });

  it('names only fields that exist with the kind their editor writes', () => {
    for (const [singular, fields] of Object.entries(FIELD_EDITORS)) {
      const type = contentTypeNamed(singular, communesModel);
      for (const [name, editor] of Object.entries(fields)) {
        expect(type.fields[name]?.kind).toBe(editor === 'recurrence-rule' ? 'string' : 'json');
      }
    }
  });

  it('labels every part of every value type of the model in the four languages', () => {
    const parts = communesModel.contentTypes.flatMap((type) =>
      Object.values(toStrapiSchema(type, communesModel).attributes).flatMap((attribute) => {
        const shape = (attribute.options as { valueType?: ValueTypeShape } | undefined)?.valueType;
        const walk = (s: ValueTypeShape): string[] =>
          s.fields.flatMap((f) => [
            `${s.name}.${f.name}:${LOCALES.filter((l) => !f.labels[l]).join(',')}`,
            ...(f.valueType ? walk(f.valueType) : []),
          ]);
        return shape ? walk(shape) : [];
      }),
    );
    expect(parts.length).toBeGreaterThan(30);
    expect(parts.filter((part) => !part.endsWith(':'))).toEqual([]);
  });

  it('knows the stored type of every custom field it writes, as a running Strapi sees it', () => {
    const written = communesModel.contentTypes.flatMap((type) => Object.values(toStrapiSchema(type, communesModel).attributes));
    const custom = written.filter((a) => a.type === 'customField');
    expect(new Set(custom.map((a) => a.customField?.split('.').at(-1)))).toEqual(new Set(Object.keys(CUSTOM_FIELD_STORAGE)));
    expect(storedTypeOf(schemaOf('event').attributes.eventStatus!)).toBe('enumeration');
    expect(storedTypeOf(schemaOf('event').attributes.recurrenceRule!)).toBe('string');
    expect(storedTypeOf({ type: 'integer' })).toBe('integer');
    expect(() => storedTypeOf({ type: 'customField', customField: 'plugin::x.map' })).toThrow(/map/);
  });
});
