import { defineContentType } from '../../content-type';
import { contactPoint } from '../../value-types/contact-point';
import { topic } from '../../vocabularies/topic';
import { attendanceMode, eventCategory, eventStatus } from './vocabularies';

/** schema.org Event and iCalendar VEVENT. The place is described in the event itself. */
export const event = defineContentType({
  domain: 'agenda',
  names: { singular: 'event', plural: 'events', display: 'Event' },
  description: 'Something happening in the town that the public can attend.',
  fields: {
    name: { kind: 'string', required: true, localized: true, maxLength: 300 },
    summary: { kind: 'text', localized: true, maxLength: 1000 },
    description: { kind: 'richText', localized: true },
    start: { kind: 'dateTime', required: true },
    end: { kind: 'dateTime', description: 'Empty for an open-ended event.' },
    allDay: { kind: 'boolean', default: false },
    recurrenceRule: { kind: 'string', maxLength: 500, description: 'An RFC 5545 RRULE, e.g. "FREQ=WEEKLY;BYDAY=SA".' },
    recurrenceExceptions: { kind: 'json', description: 'RFC 5545 EXDATE instants: an array of ISO 8601 date-times.' },
    eventStatus: { kind: 'enumeration', vocabulary: eventStatus, required: true, default: 'scheduled' },
    attendanceMode: { kind: 'enumeration', vocabulary: attendanceMode, default: 'offline' },
    locationName: { kind: 'string', localized: true, maxLength: 200 },
    streetAddress: { kind: 'string', maxLength: 200 },
    postalCode: { kind: 'string', maxLength: 10 },
    locality: { kind: 'string', maxLength: 100 },
    geo: { kind: 'geoPoint' },
    onlineUrl: { kind: 'url' },
    organizer: { kind: 'struct', valueType: contactPoint, list: false },
    isAccessibleForFree: { kind: 'boolean', default: false },
    price: { kind: 'decimal', min: 0, description: 'The full price in euros.' },
    priceDescription: { kind: 'string', localized: true, maxLength: 300 },
    registrationUrl: { kind: 'url' },
    wheelchairAccessible: { kind: 'boolean' },
    accessibility: {
      kind: 'text',
      localized: true,
      maxLength: 1000,
      description: 'Access for people with reduced mobility, hearing loops, sign language.',
    },
    categories: { kind: 'enumerationList', vocabulary: eventCategory },
    topics: { kind: 'enumerationList', vocabulary: topic },
    image: { kind: 'media', multiple: false, allowedTypes: ['images'] },
  },
  defaultOrder: [{ field: 'start', direction: 'asc' }],
  uniqueKeys: [],
  indexes: [['start'], ['end'], ['eventStatus', 'start']],
});
