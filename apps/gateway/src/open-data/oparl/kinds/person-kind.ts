import { contentTypeNamed } from '@communes/domain';
import type { Person } from '../../../schema/generated/graphql-types';
import type { NodeBase, OparlKind } from '../oparl-kind';
import { filesOf, MEDIA_SELECTION, toOparlFile, type MediaNode } from '../to-oparl-file';
import { toOparlObject } from '../to-oparl-object';
import { MEMBERSHIP_SELECTION, toOparlMembership, type MembershipNode } from './membership-kind';

export type PersonNode = NodeBase &
  Partial<
    Pick<Person, 'name' | 'familyName' | 'givenName' | 'formOfAddress' | 'affix' | 'title' | 'gender' | 'publicRole' | 'email' | 'phone'>
  > & {
    image?: MediaNode | null;
    memberships?: MembershipNode[] | null;
  };

const one = (value: string | null | undefined) => (value ? [value] : undefined);

export const personKind: OparlKind<PersonNode> = {
  segment: 'persons',
  type: contentTypeNamed('person'),
  selection: `documentId createdAt updatedAt locale name familyName givenName formOfAddress affix title gender publicRole email phone
    image ${MEDIA_SELECTION} memberships { ${MEMBERSHIP_SELECTION} }`,
  files: { selection: `image ${MEDIA_SELECTION}`, of: (node) => filesOf([node.image]) },
  toOparl(node, context) {
    const { urls, town, omitInternal } = context;
    return toOparlObject('Person', urls.object(town, 'persons', node.documentId), node, {
      body: urls.body(town),
      name: node.name,
      familyName: node.familyName,
      givenName: node.givenName,
      formOfAddress: node.formOfAddress,
      affix: node.affix,
      title: one(node.title),
      // Our codes are OParl's recommended values (female, male, other).
      gender: node.gender,
      email: one(node.email),
      phone: one(node.phone),
      status: one(node.publicRole),
      image: node.image && !omitInternal ? toOparlFile(node.image, { segment: 'persons', node }, context) : undefined,
      membership: omitInternal ? undefined : (node.memberships ?? []).map((m) => toOparlMembership(m, context)),
    });
  },
};
