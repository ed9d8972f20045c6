import type { MapContext, OparlObject } from './oparl-kind';
import { toOparlObject } from './to-oparl-object';

/** An address as meetings carry it. */
export interface AddressFields {
  locationName?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  locality?: string | null;
}

type AddressTuple = [street: string | null, postalCode: string | null, locality: string | null, room: string | null];

/**
 * A location's id is its address: every meeting in the same room at the same address points
 * to one Location, and the id needs no table to stay stable.
 */
export function locationKey(address: AddressFields): string | undefined {
  const tuple: AddressTuple = [
    address.streetAddress || null,
    address.postalCode || null,
    address.locality || null,
    address.locationName || null,
  ];
  if (tuple.every((part) => part === null)) return undefined;
  return Buffer.from(JSON.stringify(tuple)).toString('base64url');
}

/** The address a key stands for; undefined when the key is not one of ours. */
export function addressOfKey(key: string): AddressFields | undefined {
  try {
    const tuple = JSON.parse(Buffer.from(key, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(tuple) || tuple.length !== 4 || !tuple.every((p) => p === null || (typeof p === 'string' && p.length <= 300)))
      return undefined;
    if (tuple.every((p) => p === null) || locationKey(toAddress(tuple as AddressTuple)) !== key) return undefined;
    return toAddress(tuple as AddressTuple);
  } catch {
    return undefined;
  }
}

const toAddress = ([streetAddress, postalCode, locality, locationName]: AddressTuple): AddressFields => ({
  streetAddress,
  postalCode,
  locality,
  locationName,
});

/** An OParl Location from an address, with the meetings held there when they are known. */
export function toOparlLocation(address: AddressFields, context: MapContext, meetingUrls?: string[]): OparlObject | undefined {
  const key = locationKey(address);
  if (!key) return undefined;
  const description = [address.locationName, address.streetAddress, [address.postalCode, address.locality].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return toOparlObject('Location', context.urls.location(context.town, key), null, {
    description,
    streetAddress: address.streetAddress,
    room: address.locationName,
    postalCode: address.postalCode,
    locality: address.locality,
    bodies: [context.urls.body(context.town)],
    meetings: meetingUrls,
  });
}
