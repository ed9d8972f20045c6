import type { Event, Meeting } from '../../schema/generated/graphql-types';

/** The fields of an Event the calendar reads (see EVENT_SELECTION). */
export type CalendarEvent = Pick<
  Event,
  | 'id'
  | 'name'
  | 'summary'
  | 'start'
  | 'end'
  | 'allDay'
  | 'recurrenceRule'
  | 'recurrenceExceptions'
  | 'eventStatus'
  | 'locationName'
  | 'streetAddress'
  | 'postalCode'
  | 'locality'
  | 'geo'
  | 'onlineUrl'
  | 'registrationUrl'
  | 'categories'
  | 'createdAt'
  | 'updatedAt'
> & {
  organizer: { name: string | null; email: string | null } | null;
  town: { code: string; name: string };
};

export const EVENT_SELECTION =
  'id name summary start end allDay recurrenceRule recurrenceExceptions eventStatus locationName streetAddress postalCode locality geo { latitude longitude } onlineUrl registrationUrl organizer { name email } categories createdAt updatedAt town { code name }';

/** The fields of a Meeting the calendar reads (see MEETING_SELECTION). */
export type CalendarMeeting = Pick<
  Meeting,
  | 'id'
  | 'name'
  | 'meetingType'
  | 'meetingState'
  | 'cancelled'
  | 'start'
  | 'end'
  | 'locationName'
  | 'streetAddress'
  | 'postalCode'
  | 'locality'
  | 'livestreamUrl'
  | 'createdAt'
  | 'updatedAt'
> & {
  organizations: { name: string | null }[];
  town: { code: string; name: string };
};

export const MEETING_SELECTION =
  'id name meetingType meetingState cancelled start end locationName streetAddress postalCode locality livestreamUrl organizations { name } createdAt updatedAt town { code name }';
