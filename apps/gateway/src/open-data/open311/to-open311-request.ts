import type { ServiceRequestNode } from './read-service-requests';

/**
 * One request as GeoReport v2's `GET requests` serves it. Built field by field from what the
 * schema serves, so that no field of the town's entry can slip through.
 */
export function toOpen311Request(request: ServiceRequestNode) {
  return {
    service_request_id: request.documentId,
    status: request.requestStatus,
    status_notes: request.statusNotes,
    service_name: request.serviceType?.name ?? null,
    service_code: request.serviceType?.serviceCode ?? null,
    description: request.description,
    agency_responsible: request.agencyResponsible,
    service_notice: request.serviceNotice,
    requested_datetime: request.requestedAt,
    updated_datetime: request.statusChangedAt ?? request.updatedAt,
    expected_datetime: request.expectedAt,
    address: request.address,
    address_id: request.addressId,
    zipcode: request.zipcode,
    lat: request.geo?.latitude ?? null,
    long: request.geo?.longitude ?? null,
    media_url: request.media[0]?.url ?? null,
  };
}
