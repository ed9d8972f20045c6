import { SHARING_FIELD, SHARING_MEMBERS_FIELD, sharingChannelsField, sharingMembersField } from '../../sharing/sharing-field';
import { defineContentType } from '../../content-type';
import { link } from '../../value-types/link';
import { topic } from '../../vocabularies/topic';
import { EDITOR_WORDS as W } from '../editor-words';

/** schema.org NewsArticle. */
export const newsItem = defineContentType({
  domain: 'news',
  names: { singular: 'news-item', plural: 'news-items', display: 'News item' },
  description: 'A news article published by the town.',
  editor: { name: { fr: 'Actualité', nl: 'Nieuwsbericht', de: 'Nachricht', en: 'News item' } },
  titleField: 'headline',
  fields: {
    headline: { kind: 'string', required: true, localized: true, maxLength: 300, editor: W.title },
    summary: { kind: 'text', localized: true, maxLength: 1000, editor: W.summary },
    body: { kind: 'richText', localized: true, editor: { label: { fr: 'Texte', nl: 'Tekst', de: 'Text', en: 'Text' } } },
    datePublished: {
      kind: 'dateTime',
      required: true,
      editor: {
        label: { fr: 'Date de publication', nl: 'Publicatiedatum', de: 'Veröffentlichungsdatum', en: 'Publication date' },
        help: {
          fr: 'La date affichée avec l’article ; les actualités sont classées par cette date.',
          nl: 'De datum die bij het bericht staat; nieuws wordt op deze datum gesorteerd.',
          de: 'Das beim Artikel angezeigte Datum; Nachrichten werden danach sortiert.',
          en: 'The date shown with the article; news is sorted by it.',
        },
      },
    },
    topics: { kind: 'enumerationList', vocabulary: topic, editor: W.topics },
    [SHARING_FIELD]: sharingChannelsField,
    [SHARING_MEMBERS_FIELD]: sharingMembersField,
    image: { kind: 'media', multiple: false, allowedTypes: ['images'], editor: W.image },
    relatedLinks: {
      kind: 'struct',
      valueType: link,
      list: true,
      localized: true,
      editor: { label: { fr: 'Liens utiles', nl: 'Nuttige links', de: 'Weiterführende Links', en: 'Related links' } },
    },
  },
  defaultOrder: [{ field: 'datePublished', direction: 'desc' }],
  uniqueKeys: [],
  indexes: [['datePublished']],
});
