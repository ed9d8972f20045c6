import { defineContentType } from '../../content-type';
import { defineVocabulary } from '../../define-vocabulary';
import type { ValueType } from '../../field';

export const serviceKind = defineVocabulary('ServiceKind', 'Open311 service type: how requests are handled.', {
  realtime: { en: 'Real-time', fr: 'Temps réel', nl: 'Realtime', de: 'Echtzeit' },
  batch: { en: 'Batch', fr: 'Par lots', nl: 'Batch', de: 'Stapel' },
  blackbox: { en: 'Black box', fr: 'Boîte noire', nl: 'Black box', de: 'Blackbox' },
});

export const attributeDatatype = defineVocabulary('AttributeDatatype', 'Open311 attribute datatype.', {
  string: { en: 'Short text' },
  number: { en: 'Number' },
  datetime: { en: 'Date and time' },
  text: { en: 'Long text' },
  singlevaluelist: { en: 'One choice' },
  multivaluelist: { en: 'Several choices' },
});

export const attributeValue: ValueType = {
  name: 'ServiceAttributeValue',
  description: 'A choice of an Open311 list attribute.',
  fields: {
    key: { kind: 'string', required: true, maxLength: 100 },
    name: { kind: 'string', required: true, maxLength: 200 },
  },
};

/** Open311 service definition attribute. */
export const serviceAttribute: ValueType = {
  name: 'ServiceAttribute',
  description: 'A question asked when a request of this type is made (Open311 attribute).',
  fields: {
    code: { kind: 'string', required: true, maxLength: 100 },
    variable: { kind: 'boolean', default: true, description: 'False for an informational attribute that takes no answer.' },
    datatype: { kind: 'enumeration', vocabulary: attributeDatatype, required: true },
    required: { kind: 'boolean', default: false },
    datatypeDescription: { kind: 'string', maxLength: 300 },
    order: { kind: 'integer', min: 0 },
    description: { kind: 'string', required: true, maxLength: 500 },
    values: { kind: 'struct', valueType: attributeValue, list: true },
  },
};

/** Open311 service: what citizens can report. */
export const serviceType = defineContentType({
  domain: 'requests',
  names: { singular: 'service-type', plural: 'service-types', display: 'Service type' },
  description: 'A kind of request citizens can file (Open311 service): a pothole, a broken street light.',
  fields: {
    serviceCode: { kind: 'string', required: true, unique: true, maxLength: 60 },
    name: { kind: 'string', required: true, localized: true, maxLength: 200 },
    description: { kind: 'text', localized: true, maxLength: 2000 },
    group: { kind: 'string', localized: true, maxLength: 100 },
    keywords: { kind: 'string', localized: true, maxLength: 300, description: 'Comma-separated, as Open311 serves them.' },
    serviceKind: { kind: 'enumeration', vocabulary: serviceKind, required: true, default: 'realtime' },
    attributes: { kind: 'struct', valueType: serviceAttribute, list: true, localized: true },
  },
  defaultOrder: [{ field: 'serviceCode', direction: 'asc' }],
  uniqueKeys: [['serviceCode']],
  indexes: [['serviceCode']],
});
