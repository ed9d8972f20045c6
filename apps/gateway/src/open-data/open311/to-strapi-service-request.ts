import type { AttributeAnswer } from './validate-attribute-answers';
import type { CreateRequestInput } from './parse-create-request';

/**
 * The town's entry for a new request: an open request of the given service type, received
 * now. The requester's fields go to the town's private fields, which its API never serves.
 */
export function toStrapiServiceRequest(
  input: CreateRequestInput,
  serviceTypeId: string,
  answers: Record<string, AttributeAnswer>,
  now: Date,
) {
  return {
    serviceType: serviceTypeId,
    requestStatus: 'open',
    description: input.description ?? null,
    address: input.addressString ?? null,
    addressId: input.addressId ?? null,
    geoLatitude: input.location?.lat ?? null,
    geoLongitude: input.location?.long ?? null,
    attributeValues: Object.keys(answers).length ? answers : null,
    requestedAt: now.toISOString(),
    requesterFirstName: input.firstName ?? null,
    requesterLastName: input.lastName ?? null,
    requesterEmail: input.email ?? null,
    requesterPhone: input.phone ?? null,
    deviceId: input.deviceId ?? null,
    accountId: input.accountId ?? null,
  };
}
