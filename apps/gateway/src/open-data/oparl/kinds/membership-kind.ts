import { contentTypeNamed } from '@communes/domain';
import type { Membership } from '../../../schema/generated/graphql-types';
import type { MapContext, NodeBase, OparlKind, OparlObject, Ref } from '../oparl-kind';
import { toOparlObject } from '../to-oparl-object';

export type MembershipNode = NodeBase &
  Partial<Pick<Membership, 'role' | 'votingRight' | 'startDate' | 'endDate'>> & {
    person?: Ref | null;
    organization?: Ref | null;
    onBehalfOf?: Ref | null;
  };

export const MEMBERSHIP_SELECTION = `documentId createdAt updatedAt locale role votingRight startDate endDate
  person { documentId } organization { documentId } onBehalfOf { documentId }`;

/** A membership, also embedded in its person (OParl's Person.membership). */
export function toOparlMembership(node: MembershipNode, { urls, town }: MapContext): OparlObject {
  return toOparlObject('Membership', urls.object(town, 'memberships', node.documentId), node, {
    person: node.person ? urls.object(town, 'persons', node.person.documentId) : undefined,
    organization: node.organization ? urls.object(town, 'organizations', node.organization.documentId) : undefined,
    role: node.role,
    votingRight: node.votingRight,
    startDate: node.startDate,
    endDate: node.endDate,
    onBehalfOf: node.onBehalfOf ? urls.object(town, 'organizations', node.onBehalfOf.documentId) : undefined,
  });
}

export const membershipKind: OparlKind<MembershipNode> = {
  segment: 'memberships',
  type: contentTypeNamed('membership'),
  selection: MEMBERSHIP_SELECTION,
  toOparl: toOparlMembership,
};
