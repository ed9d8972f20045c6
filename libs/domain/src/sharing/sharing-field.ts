import type { EnumerationListField, MemberListField } from '../field';
import type { ContentType } from '../content-type';
import { sharingChannel } from '../vocabularies/sharing-channel';

/** The field of an entry that names the channels it is shared into: a kind with it can be shared. */
export const SHARING_FIELD = 'channels';

/** An entry's channels, declared once for every kind that members share (events, news). */
export const sharingChannelsField: EnumerationListField = {
  kind: 'enumerationList',
  vocabulary: sharingChannel,
  description:
    "The network's channels this entry is shared into: members subscribed to one list it too, marked as this member's. Published entries only, like every public read.",
  editor: {
    label: { fr: 'Partager avec', nl: 'Delen met', de: 'Teilen mit', en: 'Share with' },
    help: {
      fr: 'Les communes et organismes abonnés à ces canaux montrent aussi cet élément dans leurs listes, au nom de votre commune, une fois publié.',
      nl: 'Gemeenten en instellingen die op deze kanalen geabonneerd zijn, tonen dit item ook in hun lijsten, op naam van uw gemeente, zodra het gepubliceerd is.',
      de: 'Gemeinden und Einrichtungen, die diese Kanäle abonniert haben, zeigen diesen Eintrag nach der Veröffentlichung auch in ihren Listen, im Namen Ihrer Gemeinde.',
      en: 'Towns and bodies subscribed to these channels also show this item in their listings, as yours, once it is published.',
    },
  },
};

/** The field of an entry that names the members it is shared with, one by one. */
export const SHARING_MEMBERS_FIELD = 'sharedWithMembers';

/** The members an entry is shared with, chosen by the member that shares it: each lists it, as its channels' subscribers do. */
export const sharingMembersField: MemberListField = {
  kind: 'memberList',
  description:
    "Members of the network (their codes) this entry is shared with, one by one: each lists it too, marked as this member's, as do the members that follow their listing. Published entries only.",
  editor: {
    label: { fr: 'Partager avec des membres', nl: 'Delen met leden', de: 'Mit Mitgliedern teilen', en: 'Share with members' },
    help: {
      fr: 'Les communes et organismes du réseau nommés ici (par leur identifiant, par exemple sambreville) montrent aussi cet élément dans leurs listes, au nom de votre commune, une fois publié.',
      nl: 'De gemeenten en instellingen van het netwerk die u hier noemt (met hun identificatie, bijvoorbeeld sambreville) tonen dit item ook in hun lijsten, op naam van uw gemeente, zodra het gepubliceerd is.',
      de: 'Die hier genannten Gemeinden und Einrichtungen des Netzwerks (mit ihrer Kennung, zum Beispiel eupen) zeigen diesen Eintrag nach der Veröffentlichung auch in ihren Listen, im Namen Ihrer Gemeinde.',
      en: "The network's towns and bodies named here (by their identifier, for example sambreville) also show this item in their listings, as yours, once it is published.",
    },
  },
};

/** Whether members can share entries of this kind into channels. */
export function isShareable(type: Pick<ContentType, 'fields'>): boolean {
  const field = type.fields[SHARING_FIELD];
  return field?.kind === 'enumerationList' && field.vocabulary.name === sharingChannel.name;
}
