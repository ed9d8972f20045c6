import { defineContentType } from '../../content-type';
import { defineVocabulary } from '../../define-vocabulary';
import { emailAddress, phone } from '../../value-types/labelled-contact';
import { openingHoursSpecification } from '../../value-types/opening-hours';
import { topic } from '../../vocabularies/topic';
import { EDITOR_WORDS as W } from '../editor-words';

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
  editor: { name: { fr: 'Lieu ou service', nl: 'Plaats of dienst', de: 'Ort oder Dienststelle', en: 'Place or department' } },
  titleField: 'name',
  fields: {
    name: { kind: 'string', required: true, localized: true, maxLength: 300, editor: W.name },
    placeType: {
      kind: 'enumeration',
      vocabulary: placeType,
      required: true,
      editor: { label: { fr: 'Type', nl: 'Soort', de: 'Art', en: 'Kind' } },
    },
    description: { kind: 'richText', localized: true, editor: W.description },
    streetAddress: { kind: 'string', maxLength: 200, editor: W.streetAddress },
    postalCode: { kind: 'string', maxLength: 10, editor: W.postalCode },
    locality: { kind: 'string', maxLength: 100, editor: W.locality },
    country: {
      kind: 'string',
      minLength: 2,
      maxLength: 2,
      default: 'BE',
      description: 'ISO 3166-1 alpha-2.',
      editor: {
        label: { fr: 'Pays', nl: 'Land', de: 'Land', en: 'Country' },
        help: {
          fr: 'En deux lettres : BE pour la Belgique, FR pour la France.',
          nl: 'In twee letters: BE voor België, NL voor Nederland.',
          de: 'In zwei Buchstaben: BE für Belgien, DE für Deutschland.',
          en: 'In two letters: BE for Belgium, FR for France.',
        },
      },
    },
    geo: { kind: 'geoPoint', editor: W.geo },
    phones: {
      kind: 'struct',
      valueType: phone,
      list: true,
      localized: true,
      editor: { label: { fr: 'Téléphones', nl: 'Telefoonnummers', de: 'Telefonnummern', en: 'Phone numbers' } },
    },
    emails: {
      kind: 'struct',
      valueType: emailAddress,
      list: true,
      localized: true,
      editor: { label: { fr: 'Adresses e-mail', nl: 'E-mailadressen', de: 'E-Mail-Adressen', en: 'E-mail addresses' } },
    },
    website: { kind: 'url', localized: true, editor: W.website },
    openingHours: {
      kind: 'struct',
      valueType: openingHoursSpecification,
      list: true,
      editor: {
        label: { fr: 'Heures d’ouverture', nl: 'Openingsuren', de: 'Öffnungszeiten', en: 'Opening hours' },
        help: {
          fr: 'Les jours et heures habituels, puis les fermetures exceptionnelles.',
          nl: 'De gewone dagen en uren, daarna de uitzonderlijke sluitingen.',
          de: 'Die üblichen Tage und Zeiten, dann die Ausnahmeschließungen.',
          en: 'The usual days and hours, then the exceptional closures.',
        },
      },
    },
    topics: { kind: 'enumerationList', vocabulary: topic, editor: W.topics },
    image: { kind: 'media', multiple: false, allowedTypes: ['images'], editor: W.image },
    parent: {
      kind: 'relation',
      target: 'place',
      cardinality: 'manyToOne',
      inverse: 'children',
      editor: {
        label: { fr: 'Dépend de', nl: 'Hoort bij', de: 'Gehört zu', en: 'Part of' },
        help: {
          fr: 'L’organisme ou le service dont celui-ci dépend.',
          nl: 'De organisatie of dienst waar dit onder valt.',
          de: 'Die Organisation oder Dienststelle, zu der dies gehört.',
          en: 'The organisation or department this one belongs to.',
        },
      },
      inverseEditor: { label: { fr: 'Services rattachés', nl: 'Onderdelen', de: 'Zugehörige Stellen', en: 'Parts' } },
    },
  },
  defaultOrder: [{ field: 'name', direction: 'asc' }],
  uniqueKeys: [],
  indexes: [['placeType'], ['locality'], ['geo']],
});
