import { defineContentType, defineVocabulary, resolveModel, type ValueType } from '@communes/domain';

/** A small model with one field of every kind and every relation kind, for generator tests. */
export const colour = defineVocabulary('Colour', 'A colour.', { red: { en: 'Red', fr: 'Rouge' }, blue: { en: 'Blue' } });

export const slot: ValueType = {
  name: 'Slot',
  description: 'A time slot.',
  fields: {
    day: { kind: 'enumeration', vocabulary: colour, required: true },
    opens: { kind: 'time' },
    note: { kind: 'string', maxLength: 20 },
  },
};

export const sink = defineContentType({
  domain: 'council',
  names: { singular: 'kitchen-sink', plural: 'kitchen-sinks', display: 'Kitchen sink' },
  description: 'One field of every kind.',
  fields: {
    title: { kind: 'string', required: true, localized: true, minLength: 2, maxLength: 80, description: 'The title.' },
    code: { kind: 'string', unique: true, default: 'x' },
    body: { kind: 'text', localized: true, maxLength: 500 },
    story: { kind: 'richText', localized: true },
    count: { kind: 'integer', min: 0, max: 9, default: 1 },
    price: { kind: 'decimal', min: 0 },
    open: { kind: 'boolean', default: true },
    day: { kind: 'date' },
    at: { kind: 'dateTime', required: true },
    time: { kind: 'time' },
    mail: { kind: 'email' },
    site: { kind: 'url', localized: true },
    colour: { kind: 'enumeration', vocabulary: colour, default: 'red' },
    colours: { kind: 'enumerationList', vocabulary: colour },
    recipients: { kind: 'memberList' },
    geo: { kind: 'geoPoint' },
    photo: { kind: 'media', multiple: false, allowedTypes: ['images'] },
    files: { kind: 'media', multiple: true, allowedTypes: ['files', 'images'], localized: true },
    slot: { kind: 'struct', valueType: slot, list: false },
    slots: { kind: 'struct', valueType: slot, list: true },
    extra: { kind: 'json' },
    secret: { kind: 'email', private: true },
    secretColour: { kind: 'enumeration', vocabulary: colour, private: true },
    owner: { kind: 'relation', target: 'drawer', cardinality: 'manyToOne', inverse: 'sinks' },
    drawers: { kind: 'relation', target: 'drawer', cardinality: 'oneToMany', inverse: 'holder' },
    twin: { kind: 'relation', target: 'drawer', cardinality: 'oneToOne', inverse: 'twinOf' },
    tags: { kind: 'relation', target: 'drawer', cardinality: 'manyToMany', inverse: 'taggedSinks' },
    oneWay: { kind: 'relation', target: 'drawer', cardinality: 'oneToOne' },
    manyWay: { kind: 'relation', target: 'drawer', cardinality: 'oneToMany' },
    related: { kind: 'relation', target: 'kitchen-sink', cardinality: 'manyToMany', inverse: 'relatedFrom' },
    hidden: { kind: 'relation', target: 'drawer', cardinality: 'manyToOne', private: true },
  },
  defaultOrder: [{ field: 'at', direction: 'desc' }],
  uniqueKeys: [['code']],
  indexes: [['at'], ['colour', 'at'], ['geo']],
});

export const drawer = defineContentType({
  domain: 'council',
  names: { singular: 'drawer', plural: 'drawers', display: 'Drawer' },
  description: 'A relation target.',
  fields: { label: { kind: 'string' } },
  defaultOrder: [],
  uniqueKeys: [],
  indexes: [],
});

export const kitchenSinkModel = resolveModel([sink, drawer]);
