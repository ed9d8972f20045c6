import { contentTypeNamed, type ResolvedContentType } from '@communes/domain';
import type { OpenDataRoute } from '../open-data-route';
import { createCalendarRoute } from './calendar-route';
import { EVENT_SELECTION, MEETING_SELECTION, type CalendarEvent, type CalendarMeeting } from './calendar-nodes';
import { eventToVevent } from './event-to-vevent';
import { meetingToVevent } from './meeting-to-vevent';

/** The codes `category` accepts: those of the field's vocabulary in the model. */
function vocabularyCodes(type: ResolvedContentType, field: string): string[] {
  const definition = type.fields[field];
  return definition && 'vocabulary' in definition && definition.vocabulary ? definition.vocabulary.codes.map((c) => c.code) : [];
}

const event = contentTypeNamed('event');
const meeting = contentTypeNamed('meeting');

/** iCalendar feeds: public events (category = event category) and council meetings (category = meeting type). */
export const calendarRoutes: OpenDataRoute[] = [
  createCalendarRoute<CalendarEvent>({
    path: '/calendar/events.ics',
    title: 'Events',
    type: event,
    selection: EVENT_SELECTION,
    categoryCodes: vocabularyCodes(event, 'categories'),
    // An event that started before `from` still belongs when it lasts or recurs into the window.
    filters: (q) => ({
      and: [
        { or: [{ start: { gte: q.from.toISOString() } }, { end: { gte: q.from.toISOString() } }, { recurrenceRule: { notNull: true } }] },
        ...(q.to ? [{ start: { lt: q.to.toISOString() } }] : []),
        ...(q.categories.length ? [{ categories: { containsAny: q.categories } }] : []),
      ],
    }),
    toVevent: eventToVevent,
  }),
  createCalendarRoute<CalendarMeeting>({
    path: '/calendar/meetings.ics',
    title: 'Council meetings',
    type: meeting,
    selection: MEETING_SELECTION,
    categoryCodes: vocabularyCodes(meeting, 'meetingType'),
    filters: (q) => ({
      and: [
        { start: { gte: q.from.toISOString() } },
        ...(q.to ? [{ start: { lt: q.to.toISOString() } }] : []),
        ...(q.categories.length ? [{ meetingType: { in: q.categories } }] : []),
      ],
    }),
    toVevent: meetingToVevent,
  }),
];
