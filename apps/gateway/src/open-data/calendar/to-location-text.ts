/** "Cultural centre, Rue Haute 5, 4700 Eupen": the place as one line, for LOCATION. */
export function toLocationText(place: {
  locationName: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  locality: string | null;
}): string | null {
  const town = [place.postalCode, place.locality].filter(Boolean).join(' ');
  const text = [place.locationName, place.streetAddress, town].filter(Boolean).join(', ');
  return text || null;
}
