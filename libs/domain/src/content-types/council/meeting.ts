import { defineContentType } from '../../content-type';
import { meetingState, meetingType } from './vocabularies';

/** OParl Meeting; PloneMeeting's meeting. */
export const meeting = defineContentType({
  domain: 'council',
  names: { singular: 'meeting', plural: 'meetings', display: 'Meeting' },
  description: 'A sitting of the council, the college or a committee, with its agenda and files.',
  fields: {
    name: { kind: 'string', required: true, localized: true, maxLength: 300 },
    meetingType: { kind: 'enumeration', vocabulary: meetingType, required: true, default: 'council' },
    meetingState: { kind: 'enumeration', vocabulary: meetingState, required: true, default: 'scheduled' },
    cancelled: { kind: 'boolean', default: false },
    start: { kind: 'dateTime', required: true },
    end: { kind: 'dateTime' },
    locationName: {
      kind: 'string',
      localized: true,
      maxLength: 200,
      description: 'The room or building, e.g. "Council chamber, town hall".',
    },
    streetAddress: { kind: 'string', maxLength: 200 },
    postalCode: { kind: 'string', maxLength: 10 },
    locality: { kind: 'string', maxLength: 100 },
    organizations: { kind: 'relation', target: 'organization', cardinality: 'manyToMany', inverse: 'meetings' },
    invitation: { kind: 'media', multiple: false, allowedTypes: ['files'], localized: true },
    resultsProtocol: { kind: 'media', multiple: false, allowedTypes: ['files'], localized: true, description: 'The minutes.' },
    auxiliaryFiles: { kind: 'media', multiple: true, allowedTypes: ['files', 'images'], localized: true },
    livestreamUrl: { kind: 'url' },
  },
  defaultOrder: [{ field: 'start', direction: 'desc' }],
  uniqueKeys: [['meetingType', 'start']],
  indexes: [['start'], ['meetingState', 'start']],
});
