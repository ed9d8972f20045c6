import { defineContentType } from '../../content-type';
import { defineVocabulary } from '../../define-vocabulary';

export const requestStatus = defineVocabulary('RequestStatus', 'Open311 request status.', {
  open: { en: 'Open', fr: 'Ouverte', nl: 'Open', de: 'Offen' },
  closed: { en: 'Closed', fr: 'Clôturée', nl: 'Gesloten', de: 'Geschlossen' },
});

/**
 * Open311 service request. The requester's contact details are stored for the town's
 * staff and never served: Open311's read responses define no field for them.
 */
export const serviceRequest = defineContentType({
  domain: 'requests',
  names: { singular: 'service-request', plural: 'service-requests', display: 'Service request' },
  description: "A citizen's report of an issue in public space (Open311 request).",
  fields: {
    serviceType: { kind: 'relation', target: 'service-type', cardinality: 'manyToOne', inverse: 'serviceRequests', required: true },
    requestStatus: { kind: 'enumeration', vocabulary: requestStatus, required: true, default: 'open' },
    statusNotes: { kind: 'text', maxLength: 2000 },
    description: { kind: 'text', maxLength: 4000 },
    agencyResponsible: { kind: 'string', maxLength: 200 },
    serviceNotice: { kind: 'string', maxLength: 500 },
    address: { kind: 'string', maxLength: 300 },
    addressId: { kind: 'string', maxLength: 100 },
    zipcode: { kind: 'string', maxLength: 10 },
    geo: { kind: 'geoPoint' },
    media: { kind: 'media', multiple: true, allowedTypes: ['images'] },
    attributeValues: { kind: 'json', description: "Answers to the service type's attributes, by attribute code." },
    requestedAt: { kind: 'dateTime', required: true },
    statusChangedAt: { kind: 'dateTime', description: 'Open311 updated_datetime.' },
    expectedAt: { kind: 'dateTime' },
    requesterFirstName: { kind: 'string', private: true, maxLength: 100 },
    requesterLastName: { kind: 'string', private: true, maxLength: 100 },
    requesterEmail: { kind: 'email', private: true },
    requesterPhone: { kind: 'string', private: true, maxLength: 40 },
    deviceId: { kind: 'string', private: true, maxLength: 200 },
    accountId: { kind: 'string', private: true, maxLength: 200 },
  },
  defaultOrder: [{ field: 'requestedAt', direction: 'desc' }],
  uniqueKeys: [],
  indexes: [['requestedAt'], ['requestStatus', 'requestedAt'], ['geo']],
});
