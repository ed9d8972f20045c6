import { defineContentType } from '../../content-type';

/** OParl Membership: a person's seat in a body, for a period. */
export const membership = defineContentType({
  domain: 'council',
  names: { singular: 'membership', plural: 'memberships', display: 'Membership' },
  description: "A person's membership of an organization, with the role held and its period.",
  fields: {
    person: { kind: 'relation', target: 'person', cardinality: 'manyToOne', inverse: 'memberships', required: true },
    organization: { kind: 'relation', target: 'organization', cardinality: 'manyToOne', inverse: 'memberships', required: true },
    role: { kind: 'string', localized: true, maxLength: 200 },
    votingRight: { kind: 'boolean', default: true },
    startDate: { kind: 'date' },
    endDate: { kind: 'date' },
    onBehalfOf: {
      kind: 'relation',
      target: 'organization',
      cardinality: 'manyToOne',
      inverse: 'membershipsOnBehalf',
      description: 'The party or group the person sits for.',
    },
  },
  defaultOrder: [{ field: 'startDate', direction: 'desc' }],
  uniqueKeys: [],
  indexes: [['startDate'], ['endDate']],
});
