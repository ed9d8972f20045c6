import { SHARING_FIELD, SHARING_MEMBERS_FIELD, sharingChannelsField, sharingMembersField } from '../../sharing/sharing-field';
import { defineContentType } from '../../content-type';
import { contactPoint } from '../../value-types/contact-point';
import { topic } from '../../vocabularies/topic';
import { EDITOR_WORDS as W } from '../editor-words';
import { attendanceMode, eventCategory, eventStatus } from './vocabularies';

/** schema.org Event and iCalendar VEVENT. The place is described in the event itself. */
export const event = defineContentType({
  domain: 'agenda',
  names: { singular: 'event', plural: 'events', display: 'Event' },
  description: 'Something happening in the town that the public can attend.',
  editor: { name: { fr: 'Événement', nl: 'Evenement', de: 'Veranstaltung', en: 'Event' } },
  titleField: 'name',
  fields: {
    name: { kind: 'string', required: true, localized: true, maxLength: 300, editor: W.title },
    summary: { kind: 'text', localized: true, maxLength: 1000, editor: W.summary },
    description: { kind: 'richText', localized: true, editor: W.description },
    start: { kind: 'dateTime', required: true, editor: W.start },
    end: {
      kind: 'dateTime',
      description: 'Empty for an open-ended event.',
      editor: {
        label: W.end.label,
        help: {
          fr: 'Laisser vide si la fin n’est pas connue.',
          nl: 'Leeg laten als het einde niet bekend is.',
          de: 'Leer lassen, wenn das Ende nicht feststeht.',
          en: 'Leave empty when the end is not known.',
        },
      },
    },
    allDay: {
      kind: 'boolean',
      default: false,
      editor: { label: { fr: 'Toute la journée', nl: 'Hele dag', de: 'Ganztägig', en: 'All day' } },
    },
    recurrenceRule: {
      kind: 'string',
      maxLength: 500,
      description: 'An RFC 5545 RRULE, e.g. "FREQ=WEEKLY;BYDAY=SA".',
      editor: {
        label: { fr: 'Répétition', nl: 'Herhaling', de: 'Wiederholung', en: 'Repeats' },
        help: {
          fr: 'Quand l’événement revient, par exemple chaque samedi.',
          nl: 'Wanneer het evenement terugkomt, bijvoorbeeld elke zaterdag.',
          de: 'Wann die Veranstaltung wiederkehrt, zum Beispiel jeden Samstag.',
          en: 'When the event comes back, for example every Saturday.',
        },
      },
    },
    recurrenceExceptions: {
      kind: 'json',
      description: 'RFC 5545 EXDATE instants: an array of ISO 8601 date-times.',
      editor: {
        label: { fr: 'Dates annulées', nl: 'Geschrapte data', de: 'Ausfallende Termine', en: 'Dates left out' },
        help: {
          fr: 'Les dates où l’événement répété n’a pas lieu.',
          nl: 'De data waarop het herhaalde evenement niet plaatsvindt.',
          de: 'Die Termine, an denen die wiederkehrende Veranstaltung nicht stattfindet.',
          en: 'The dates on which the repeated event does not take place.',
        },
      },
    },
    eventStatus: {
      kind: 'enumeration',
      vocabulary: eventStatus,
      required: true,
      default: 'scheduled',
      editor: { label: { fr: 'Statut', nl: 'Status', de: 'Status', en: 'Status' } },
    },
    attendanceMode: {
      kind: 'enumeration',
      vocabulary: attendanceMode,
      default: 'offline',
      editor: { label: { fr: 'Participation', nl: 'Deelname', de: 'Teilnahme', en: 'How to attend' } },
    },
    locationName: { kind: 'string', localized: true, maxLength: 200, editor: W.locationName },
    streetAddress: { kind: 'string', maxLength: 200, editor: W.streetAddress },
    postalCode: { kind: 'string', maxLength: 10, editor: W.postalCode },
    locality: { kind: 'string', maxLength: 100, editor: W.locality },
    geo: { kind: 'geoPoint', editor: W.geo },
    onlineUrl: {
      kind: 'url',
      editor: {
        label: {
          fr: 'Lien pour suivre en ligne',
          nl: 'Link om online te volgen',
          de: 'Link zur Online-Teilnahme',
          en: 'Link to attend online',
        },
      },
    },
    organizer: {
      kind: 'struct',
      valueType: contactPoint,
      list: false,
      editor: { label: { fr: 'Organisateur', nl: 'Organisator', de: 'Veranstalter', en: 'Organiser' } },
    },
    isAccessibleForFree: {
      kind: 'boolean',
      default: false,
      editor: { label: { fr: 'Gratuit', nl: 'Gratis', de: 'Kostenlos', en: 'Free of charge' } },
    },
    price: {
      kind: 'decimal',
      min: 0,
      description: 'The full price in euros.',
      editor: {
        label: { fr: 'Prix', nl: 'Prijs', de: 'Preis', en: 'Price' },
        help: {
          fr: 'Le plein tarif, en euros.',
          nl: 'De volle prijs, in euro.',
          de: 'Der volle Preis, in Euro.',
          en: 'The full price, in euros.',
        },
      },
    },
    priceDescription: {
      kind: 'string',
      localized: true,
      maxLength: 300,
      editor: {
        label: { fr: 'Tarifs', nl: 'Tarieven', de: 'Preise', en: 'Prices' },
        help: {
          fr: 'Les réductions et les prix en mots, par exemple « 5 € pour les moins de 12 ans ».',
          nl: 'Kortingen en prijzen in woorden, bijvoorbeeld „5 € voor kinderen onder 12”.',
          de: 'Ermäßigungen und Preise in Worten, zum Beispiel „5 € für Kinder unter 12“.',
          en: 'Reductions and prices in words, for example “€5 for children under 12”.',
        },
      },
    },
    registrationUrl: {
      kind: 'url',
      editor: { label: { fr: 'Lien d’inscription', nl: 'Inschrijvingslink', de: 'Anmeldelink', en: 'Registration link' } },
    },
    wheelchairAccessible: {
      kind: 'boolean',
      editor: {
        label: { fr: 'Accessible en fauteuil roulant', nl: 'Rolstoeltoegankelijk', de: 'Rollstuhlgerecht', en: 'Wheelchair accessible' },
      },
    },
    accessibility: {
      kind: 'text',
      localized: true,
      maxLength: 1000,
      description: 'Access for people with reduced mobility, hearing loops, sign language.',
      editor: {
        label: { fr: 'Accessibilité', nl: 'Toegankelijkheid', de: 'Barrierefreiheit', en: 'Accessibility' },
        help: {
          fr: 'L’accès pour les personnes à mobilité réduite, les boucles auditives, la langue des signes.',
          nl: 'Toegang voor personen met beperkte mobiliteit, ringleidingen, gebarentaal.',
          de: 'Zugang für Menschen mit eingeschränkter Mobilität, Hörschleifen, Gebärdensprache.',
          en: 'Access for people with reduced mobility, hearing loops, sign language.',
        },
      },
    },
    categories: {
      kind: 'enumerationList',
      vocabulary: eventCategory,
      editor: { label: { fr: 'Catégories', nl: 'Categorieën', de: 'Kategorien', en: 'Categories' } },
    },
    topics: { kind: 'enumerationList', vocabulary: topic, editor: W.topics },
    [SHARING_FIELD]: sharingChannelsField,
    [SHARING_MEMBERS_FIELD]: sharingMembersField,
    image: { kind: 'media', multiple: false, allowedTypes: ['images'], editor: W.image },
  },
  defaultOrder: [{ field: 'start', direction: 'asc' }],
  uniqueKeys: [],
  indexes: [['start'], ['end'], ['eventStatus', 'start']],
});
