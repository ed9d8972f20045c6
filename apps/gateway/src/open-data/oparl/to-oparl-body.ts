import { MEMBER_KINDS } from '@communes/domain';
import { fromMemberKindEnum } from '../../schema/member-kind-enum';
import type { OparlObject } from './oparl-kind';
import type { OparlUrls } from './oparl-urls';
import type { TownInfo } from './create-oparl-reader';
import { toOparlObject } from './to-oparl-object';

/**
 * A member of the network (a town, a police zone...) as an OParl Body, with the URLs of its
 * lists; its kind is the Body's `classification`. The model has no legislative term (OParl
 * requires the field, not an entry), nor a body-wide file or location list.
 */
export function toOparlBody(town: TownInfo, urls: OparlUrls): OparlObject {
  return toOparlObject('Body', urls.body(town.code), null, {
    system: urls.system,
    name: town.name,
    shortName: town.code,
    classification: MEMBER_KINDS[fromMemberKindEnum(town.kind) ?? 'town'].oparlClassification,
    organization: urls.list(town.code, 'organizations'),
    person: urls.list(town.code, 'persons'),
    meeting: urls.list(town.code, 'meetings'),
    paper: urls.list(town.code, 'papers'),
    agendaItem: urls.list(town.code, 'agenda-items'),
    membership: urls.list(town.code, 'memberships'),
    legislativeTerm: [],
  });
}
