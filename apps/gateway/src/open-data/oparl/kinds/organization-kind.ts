import { contentTypeNamed } from '@communes/domain';
import type { Organization } from '../../../schema/generated/graphql-types';
import type { NodeBase, OparlKind, Ref } from '../oparl-kind';
import { OPARL_ORGANIZATION_TYPE } from '../oparl-vocabularies';
import { toOparlObject } from '../to-oparl-object';
import { vocabularyLabel } from '../vocabulary-label';

export type OrganizationNode = NodeBase &
  Partial<Pick<Organization, 'name' | 'shortName' | 'organizationType' | 'classification' | 'startDate' | 'endDate' | 'website'>> & {
    subOrganizationOf?: Ref | null;
    memberships?: Ref[] | null;
  };

export const organizationKind: OparlKind<OrganizationNode> = {
  segment: 'organizations',
  type: contentTypeNamed('organization'),
  selection: `documentId createdAt updatedAt locale name shortName organizationType classification startDate endDate website
    subOrganizationOf { documentId } memberships { documentId }`,
  toOparl(node, { urls, town }) {
    return toOparlObject('Organization', urls.object(town, 'organizations', node.documentId), node, {
      body: urls.body(town),
      name: node.name,
      shortName: node.shortName,
      organizationType: node.organizationType ? OPARL_ORGANIZATION_TYPE[node.organizationType] : undefined,
      // Our finer kind, else the type in the town's words ("Collège communal").
      classification: node.classification || vocabularyLabel('organization', 'organizationType', node.organizationType, node.locale),
      startDate: node.startDate,
      endDate: node.endDate,
      website: node.website,
      subOrganizationOf: node.subOrganizationOf ? urls.object(town, 'organizations', node.subOrganizationOf.documentId) : undefined,
      membership: (node.memberships ?? []).map((m) => urls.object(town, 'memberships', m.documentId)),
      meeting: urls.organizationMeetings(town, node.documentId),
    });
  },
};
