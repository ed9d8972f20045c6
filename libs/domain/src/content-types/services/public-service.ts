import { defineContentType } from '../../content-type';
import { contactPoint } from '../../value-types/contact-point';
import { cost } from '../../value-types/cost';
import { link } from '../../value-types/link';
import { openingHoursSpecification } from '../../value-types/opening-hours';
import { audience } from '../../vocabularies/audience';
import { topic } from '../../vocabularies/topic';
import { channel, requiredDocument } from './value-types';
import { EDITOR_WORDS as W } from '../editor-words';
import { lifeEvent } from './vocabularies';

/** CPSV-AP PublicService; LocalGov Drupal's service page. */
export const publicService = defineContentType({
  domain: 'services',
  names: { singular: 'public-service', plural: 'public-services', display: 'Public service' },
  description: 'A service the town provides: what it is, who it is for, what it costs, how to get it.',
  editor: { name: { fr: 'Démarche', nl: 'Dienstverlening', de: 'Dienstleistung', en: 'Public service' } },
  titleField: 'name',
  fields: {
    code: {
      kind: 'string',
      required: true,
      unique: true,
      maxLength: 80,
      description: 'A stable identifier, e.g. "identity-card".',
      editor: {
        label: { fr: 'Code', nl: 'Code', de: 'Kennung', en: 'Code' },
        help: {
          fr: 'Un code court qui ne change pas, par exemple « carte-identite ».',
          nl: 'Een korte code die niet verandert, bijvoorbeeld „identiteitskaart”.',
          de: 'Eine kurze Kennung, die sich nicht ändert, zum Beispiel „personalausweis“.',
          en: 'A short code that never changes, for example “identity-card”.',
        },
      },
    },
    name: { kind: 'string', required: true, localized: true, maxLength: 300, editor: W.name },
    summary: { kind: 'text', localized: true, maxLength: 1000, editor: W.summary },
    description: { kind: 'richText', localized: true, editor: W.description },
    audiences: {
      kind: 'enumerationList',
      vocabulary: audience,
      editor: { label: { fr: 'Public concerné', nl: 'Doelgroep', de: 'Zielgruppe', en: 'Who it is for' } },
    },
    topics: { kind: 'enumerationList', vocabulary: topic, editor: W.topics },
    lifeEvents: {
      kind: 'enumerationList',
      vocabulary: lifeEvent,
      editor: { label: { fr: 'Moments de vie', nl: 'Levensgebeurtenissen', de: 'Lebenslagen', en: 'Life events' } },
    },
    cost: {
      kind: 'struct',
      valueType: cost,
      list: false,
      localized: true,
      editor: { label: { fr: 'Coût', nl: 'Kostprijs', de: 'Kosten', en: 'Cost' } },
    },
    processingTime: {
      kind: 'string',
      localized: true,
      maxLength: 200,
      description: 'In words, e.g. "three weeks".',
      editor: {
        label: { fr: 'Délai', nl: 'Doorlooptijd', de: 'Bearbeitungsdauer', en: 'Time it takes' },
        help: {
          fr: 'En mots, par exemple « trois semaines ».',
          nl: 'In woorden, bijvoorbeeld „drie weken”.',
          de: 'In Worten, zum Beispiel „drei Wochen“.',
          en: 'In words, for example “three weeks”.',
        },
      },
    },
    documentsToBring: {
      kind: 'struct',
      valueType: requiredDocument,
      list: true,
      localized: true,
      editor: {
        label: { fr: 'Documents à apporter', nl: 'Mee te brengen documenten', de: 'Mitzubringende Unterlagen', en: 'Documents to bring' },
      },
    },
    channels: {
      kind: 'struct',
      valueType: channel,
      list: true,
      localized: true,
      editor: {
        label: { fr: 'Où et comment', nl: 'Waar en hoe', de: 'Wo und wie', en: 'Where and how' },
        help: {
          fr: 'Chaque façon d’effectuer la démarche : au guichet, en ligne, par téléphone.',
          nl: 'Elke manier om dit te regelen: aan het loket, online, telefonisch.',
          de: 'Jeder Weg zur Dienstleistung: vor Ort, online, telefonisch.',
          en: 'Each way to use the service: at the desk, online, by phone.',
        },
      },
    },
    onlineUrl: {
      kind: 'url',
      localized: true,
      description: 'Where to do it online, when it can be.',
      editor: {
        label: { fr: 'Démarche en ligne', nl: 'Online aanvragen', de: 'Online erledigen', en: 'Do it online' },
        help: {
          fr: 'L’adresse web où faire la démarche en ligne, si c’est possible.',
          nl: 'Het webadres om het online te regelen, als dat kan.',
          de: 'Die Webadresse, um es online zu erledigen, wenn das geht.',
          en: 'The web address to do it online, when that is possible.',
        },
      },
    },
    contactPoint: {
      kind: 'struct',
      valueType: contactPoint,
      list: false,
      localized: true,
      editor: { label: { fr: 'Contact', nl: 'Contact', de: 'Kontakt', en: 'Contact' } },
    },
    legalBasis: {
      kind: 'struct',
      valueType: link,
      list: true,
      localized: true,
      editor: { label: { fr: 'Base légale', nl: 'Wettelijke basis', de: 'Rechtsgrundlage', en: 'Legal basis' } },
    },
    // CPSV-AP hasChannel › openingHours, kept on the service as the place keeps its own: the
    // hours at which this service is given (the desk may be open longer).
    openingHours: {
      kind: 'struct',
      valueType: openingHoursSpecification,
      list: true,
      editor: {
        label: { fr: 'Heures d’ouverture', nl: 'Openingsuren', de: 'Öffnungszeiten', en: 'Opening hours' },
        help: {
          fr: 'Quand cette démarche peut se faire au guichet, si ces heures diffèrent de celles du lieu.',
          nl: 'Wanneer dit aan het loket kan, als die uren verschillen van die van de plaats.',
          de: 'Wann dies am Schalter möglich ist, wenn die Zeiten von denen des Ortes abweichen.',
          en: 'When this can be done at the desk, if those hours differ from the place’s.',
        },
      },
    },
  },
  defaultOrder: [{ field: 'name', direction: 'asc' }],
  uniqueKeys: [['code']],
  indexes: [['code'], ['name']],
});
