/** The fields of an Event the calendar reads (see EVENT_SELECTION). */
export interface CalendarEvent {
  id: string;
  name: string | null;
  summary: string | null;
  start: string | null;
  end: string | null;
  allDay: boolean | null;
  recurrenceRule: string | null;
  recurrenceExceptions: unknown;
  eventStatus: string | null;
  locationName: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  locality: string | null;
  geo: { latitude: number; longitude: number } | null;
  onlineUrl: string | null;
  registrationUrl: string | null;
  organizer: { name: string | null; email: string | null } | null;
  categories: string[];
  createdAt: string | null;
  updatedAt: string | null;
  town: { code: string; name: string };
}

export const EVENT_SELECTION = 'id name summary start end allDay recurrenceRule recurrenceExceptions eventStatus locationName streetAddress postalCode locality geo { latitude longitude } onlineUrl registrationUrl organizer { name email } categories createdAt updatedAt town { code name }';

/** The fields of a Meeting the calendar reads (see MEETING_SELECTION). */
export interface CalendarMeeting {
  id: string;
  name: string | null;
  meetingType: string | null;
  meetingState: string | null;
  cancelled: boolean | null;
  start: string | null;
  end: string | null;
  locationName: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  locality: string | null;
  livestreamUrl: string | null;
  organizations: { name: string | null }[];
  createdAt: string | null;
  updatedAt: string | null;
  town: { code: string; name: string };
}

export const MEETING_SELECTION = 'id name meetingType meetingState cancelled start end locationName streetAddress postalCode locality livestreamUrl organizations { name } createdAt updatedAt town { code name }';
