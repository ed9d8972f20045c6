import type { EnumerationListField } from '../field';
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

/** Whether members can share entries of this kind into channels. */
export function isShareable(type: Pick<ContentType, 'fields'>): boolean {
  const field = type.fields[SHARING_FIELD];
  return field?.kind === 'enumerationList' && field.vocabulary.name === sharingChannel.name;
}
