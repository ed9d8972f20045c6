import { agendaItemKind } from './kinds/agenda-item-kind';
import { meetingKind } from './kinds/meeting-kind';
import { membershipKind } from './kinds/membership-kind';
import { organizationKind } from './kinds/organization-kind';
import { paperKind } from './kinds/paper-kind';
import { personKind } from './kinds/person-kind';
import type { OparlKind } from './oparl-kind';
import type { OparlSegment } from './oparl-urls';

/** Each Body list, by its URL segment. */
export const OPARL_KINDS: Readonly<Record<OparlSegment, OparlKind<never>>> = {
  organizations: organizationKind as OparlKind<never>,
  persons: personKind as OparlKind<never>,
  memberships: membershipKind as OparlKind<never>,
  meetings: meetingKind as OparlKind<never>,
  'agenda-items': agendaItemKind as OparlKind<never>,
  papers: paperKind as OparlKind<never>,
};

export const isOparlSegment = (segment: string): segment is OparlSegment => Object.hasOwn(OPARL_KINDS, segment);
