import type { PostalAddress } from 'schema-dts';

/** A schema.org PostalAddress, or undefined when no part of it is known. */
export function toPostalAddress(p: {
  streetAddress: string | null;
  postalCode: string | null;
  locality: string | null;
  country?: string | null;
}): PostalAddress | undefined {
  if (!p.streetAddress && !p.postalCode && !p.locality) return undefined;
  return {
    '@type': 'PostalAddress',
    ...(p.streetAddress ? { streetAddress: p.streetAddress } : {}),
    ...(p.postalCode ? { postalCode: p.postalCode } : {}),
    ...(p.locality ? { addressLocality: p.locality } : {}),
    addressCountry: p.country ?? 'BE',
  };
}
