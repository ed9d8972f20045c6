import type { DayOfWeek, OpeningHoursSpecification, Place } from 'schema-dts';
import type { PlaceLdNode } from './json-ld-nodes';
import { jsonLdUrl } from './json-ld-urls';
import { toPostalAddress } from './to-postal-address';

const toDay = (day: string) => `https://schema.org/${day.charAt(0).toUpperCase()}${day.slice(1)}` as DayOfWeek;
const toTime = (time: string | null) => (time ? time.slice(0, 5) : undefined);

function toOpeningHours(spec: PlaceLdNode['openingHours'][number]): OpeningHoursSpecification {
  // schema.org's convention for a closure: opens and closes at 00:00 over the validity period.
  const closed = spec.closed === true;
  const opens = closed ? '00:00' : toTime(spec.opens);
  const closes = closed ? '00:00' : toTime(spec.closes);
  return {
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: spec.dayOfWeek.map(toDay),
    ...(opens ? { opens } : {}),
    ...(closes ? { closes } : {}),
    ...(spec.validFrom ? { validFrom: spec.validFrom } : {}),
    ...(spec.validThrough ? { validThrough: spec.validThrough } : {}),
  };
}

/** A directory entry as a schema.org Place, with its opening hours and the place it belongs to. */
export function toJsonLdPlace(place: PlaceLdNode, origin: string): Exclude<Place, string> {
  const address = toPostalAddress(place);
  const phone = place.phones.find((p) => p.number)?.number;
  return {
    '@type': 'Place',
    '@id': jsonLdUrl(origin, 'places', place.id),
    identifier: place.id,
    url: place.website ?? jsonLdUrl(origin, 'places', place.id),
    name: place.name ?? '',
    ...(place.description ? { description: place.description } : {}),
    ...(address ? { address } : {}),
    ...(place.geo ? { geo: { '@type': 'GeoCoordinates', latitude: place.geo.latitude, longitude: place.geo.longitude } } : {}),
    ...(phone ? { telephone: phone } : {}),
    ...(place.openingHours.length ? { openingHoursSpecification: place.openingHours.map(toOpeningHours) } : {}),
    ...(place.parent
      ? { containedInPlace: { '@type': 'Place', '@id': jsonLdUrl(origin, 'places', place.parent.id), name: place.parent.name ?? '' } }
      : {}),
    ...(place.image?.url ? { image: place.image.url } : {}),
    ...(place.topics.length ? { keywords: place.topics.join(', ') } : {}),
  };
}
