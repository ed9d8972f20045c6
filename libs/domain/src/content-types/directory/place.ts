import { defineContentType } from '../../content-type';
import { defineVocabulary } from '../../define-vocabulary';
import { emailAddress, phone } from '../../value-types/labelled-contact';
import { openingHoursSpecification } from '../../value-types/opening-hours';
import { topic } from '../../vocabularies/topic';

export const placeType = defineVocabulary('PlaceType', 'What a directory entry is.', {
  organisation: { en: 'Organisation', fr: 'Organisme', nl: 'Organisatie', de: 'Organisation' },
  department: { en: 'Department', fr: 'Service', nl: 'Dienst', de: 'Dienststelle' },
  facility: { en: 'Facility', fr: 'Équipement', nl: 'Voorziening', de: 'Einrichtung' },
});

/** schema.org Place / GovernmentOrganization; iMio's directory contact. */
export const place = defineContentType({
  domain: 'directory',
  names: { singular: 'place', plural: 'places', display: 'Place' },
  description: 'A directory entry: an organisation, a department of the town or a facility, with how to reach it.',
  fields: {
    name: { kind: 'string', required: true, localized: true, maxLength: 300 },
    placeType: { kind: 'enumeration', vocabulary: placeType, required: true },
    description: { kind: 'richText', localized: true },
    streetAddress: { kind: 'string', maxLength: 200 },
    postalCode: { kind: 'string', maxLength: 10 },
    locality: { kind: 'string', maxLength: 100 },
    country: { kind: 'string', minLength: 2, maxLength: 2, default: 'BE', description: 'ISO 3166-1 alpha-2.' },
    geo: { kind: 'geoPoint' },
    phones: { kind: 'struct', valueType: phone, list: true, localized: true },
    emails: { kind: 'struct', valueType: emailAddress, list: true, localized: true },
    website: { kind: 'url', localized: true },
    openingHours: { kind: 'struct', valueType: openingHoursSpecification, list: true },
    topics: { kind: 'enumerationList', vocabulary: topic },
    image: { kind: 'media', multiple: false, allowedTypes: ['images'] },
    parent: { kind: 'relation', target: 'place', cardinality: 'manyToOne', inverse: 'children' },
  },
  defaultOrder: [{ field: 'name', direction: 'asc' }],
  uniqueKeys: [],
  indexes: [['placeType'], ['locality'], ['geo']],
});
