import type { Event, Offer, Place, VirtualLocation } from 'schema-dts';
import type { EventLdNode } from './json-ld-nodes';
import { jsonLdUrl } from './json-ld-urls';
import { toBrusselsIso } from './to-brussels-iso';
import { toPostalAddress } from './to-postal-address';
import { toSchedule } from './to-schedule';

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  movedOnline: 'https://schema.org/EventMovedOnline',
} as const;

const ATTENDANCE = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** An event as a schema.org Event: the status and attendance mode as schema.org's own enumeration members. */
export function toJsonLdEvent(event: EventLdNode, origin: string): Event {
  const allDay = event.allDay === true;
  const startDate = toBrusselsIso(event.start, allDay);
  const endDate = toBrusselsIso(event.end, allDay);
  const address = toPostalAddress(event);
  const place: Place | undefined =
    event.locationName || address || event.geo
      ? {
          '@type': 'Place',
          ...(event.locationName ? { name: event.locationName } : {}),
          ...(address ? { address } : {}),
          ...(event.geo ? { geo: { '@type': 'GeoCoordinates', latitude: event.geo.latitude, longitude: event.geo.longitude } } : {}),
        }
      : undefined;
  const virtual: VirtualLocation | undefined = event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : undefined;
  const locations = [place, virtual].filter((l): l is NonNullable<typeof l> => l !== undefined);
  const offer: Offer | undefined =
    event.price !== null || event.isAccessibleForFree || event.registrationUrl
      ? {
          '@type': 'Offer',
          price: event.price ?? 0,
          priceCurrency: 'EUR',
          ...(event.registrationUrl ? { url: event.registrationUrl } : {}),
          ...(event.priceDescription ? { description: event.priceDescription } : {}),
        }
      : undefined;
  const schedule = toSchedule(event.recurrenceRule, startDate, allDay);
  const keywords = [...event.categories, ...event.topics];
  return {
    '@type': 'Event',
    '@id': jsonLdUrl(origin, 'events', event.id),
    identifier: event.id,
    url: jsonLdUrl(origin, 'events', event.id),
    name: event.name ?? '',
    ...(event.summary || event.description ? { description: event.summary ?? event.description ?? '' } : {}),
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    eventStatus: STATUS[event.eventStatus as keyof typeof STATUS] ?? STATUS.scheduled,
    eventAttendanceMode: ATTENDANCE[event.attendanceMode as keyof typeof ATTENDANCE] ?? ATTENDANCE.offline,
    ...(locations.length ? { location: locations.length === 1 ? locations[0]! : locations } : {}),
    ...(event.organizer?.name
      ? {
          organizer: {
            '@type': 'Organization',
            name: event.organizer.name,
            ...(event.organizer.email ? { email: event.organizer.email } : {}),
            ...(event.organizer.telephone ? { telephone: event.organizer.telephone } : {}),
            ...(event.organizer.url ? { url: event.organizer.url } : {}),
          },
        }
      : {}),
    ...(event.isAccessibleForFree !== null ? { isAccessibleForFree: event.isAccessibleForFree } : {}),
    ...(offer ? { offers: offer } : {}),
    ...(schedule ? { eventSchedule: schedule } : {}),
    ...(event.image?.url ? { image: event.image.url } : {}),
    ...(keywords.length ? { keywords: keywords.join(', ') } : {}),
    ...(event.locale ? { inLanguage: event.locale } : {}),
  };
}
