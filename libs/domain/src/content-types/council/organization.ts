import { defineContentType } from '../../content-type';
import { organizationType } from './vocabularies';

/** OParl Organization: the council, the college, committees, parties and groups. */
export const organization = defineContentType({
  domain: 'council',
  names: { singular: 'organization', plural: 'organizations', display: 'Organization' },
  description: 'A body of the town: council, college of mayor and aldermen, committee, party or political group.',
  fields: {
    name: { kind: 'string', required: true, localized: true, maxLength: 300 },
    shortName: { kind: 'string', localized: true, maxLength: 60 },
    organizationType: { kind: 'enumeration', vocabulary: organizationType, required: true },
    classification: { kind: 'string', localized: true, maxLength: 200, description: "A finer kind, in the town's words." },
    startDate: { kind: 'date' },
    endDate: { kind: 'date' },
    website: { kind: 'url' },
    subOrganizationOf: { kind: 'relation', target: 'organization', cardinality: 'manyToOne', inverse: 'subOrganizations' },
  },
  defaultOrder: [{ field: 'name', direction: 'asc' }],
  uniqueKeys: [['organizationType', 'name']],
  indexes: [['organizationType']],
});
