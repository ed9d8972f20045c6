import { defineContentType } from '../../content-type';
import { defineVocabulary } from '../../define-vocabulary';
import type { ValueType } from '../../field';
import { EDITOR_WORDS as W } from '../editor-words';

export const serviceKind = defineVocabulary('ServiceKind', 'Open311 service type: how requests are handled.', {
  realtime: { en: 'Real-time', fr: 'Temps réel', nl: 'Realtime', de: 'Echtzeit' },
  batch: { en: 'Batch', fr: 'Par lots', nl: 'Batch', de: 'Stapel' },
  blackbox: { en: 'Black box', fr: 'Boîte noire', nl: 'Black box', de: 'Blackbox' },
});

/**
 * What a report is about, the same for every town: each town names its own service types
 * (Seneffe's "Voirie", Eupen's "Straßen") and maps each to one of these, so that a region
 * counts the reports of all its towns together.
 */
export const serviceCategory = defineVocabulary('ServiceCategory', 'The category shared by every town that a service type belongs to.', {
  roads: { en: 'Roads and pavements', fr: 'Voirie et trottoirs', nl: 'Wegen en voetpaden', de: 'Straßen und Gehwege' },
  lighting: { en: 'Street lighting', fr: 'Éclairage public', nl: 'Openbare verlichting', de: 'Straßenbeleuchtung' },
  cleanliness: { en: 'Cleanliness and litter', fr: 'Propreté', nl: 'Netheid en zwerfvuil', de: 'Sauberkeit und Abfall' },
  waste: { en: 'Waste collection', fr: 'Collecte des déchets', nl: 'Afvalophaling', de: 'Müllabfuhr' },
  greenSpaces: { en: 'Parks and green spaces', fr: 'Espaces verts', nl: 'Parken en groen', de: 'Parks und Grünanlagen' },
  signage: { en: 'Traffic signs and signals', fr: 'Signalisation', nl: 'Verkeersborden en -lichten', de: 'Verkehrszeichen und Ampeln' },
  water: { en: 'Water and sewers', fr: 'Eau et égouts', nl: 'Water en riolering', de: 'Wasser und Kanalisation' },
  streetFurniture: { en: 'Street furniture', fr: 'Mobilier urbain', nl: 'Straatmeubilair', de: 'Stadtmöblierung' },
  nuisance: { en: 'Noise and nuisance', fr: 'Bruit et nuisances', nl: 'Lawaai en overlast', de: 'Lärm und Belästigung' },
  other: { en: 'Other', fr: 'Autre', nl: 'Andere', de: 'Sonstiges' },
});

export const attributeDatatype = defineVocabulary('AttributeDatatype', 'Open311 attribute datatype.', {
  string: { en: 'Short text', fr: 'Texte court', nl: 'Korte tekst', de: 'Kurzer Text' },
  number: { en: 'Number', fr: 'Nombre', nl: 'Getal', de: 'Zahl' },
  datetime: { en: 'Date and time', fr: 'Date et heure', nl: 'Datum en tijd', de: 'Datum und Uhrzeit' },
  text: { en: 'Long text', fr: 'Texte long', nl: 'Lange tekst', de: 'Langer Text' },
  singlevaluelist: { en: 'One choice', fr: 'Un seul choix', nl: 'Eén keuze', de: 'Eine Auswahl' },
  multivaluelist: { en: 'Several choices', fr: 'Plusieurs choix', nl: 'Meerdere keuzes', de: 'Mehrere Auswahlen' },
});

export const attributeValue: ValueType = {
  name: 'ServiceAttributeValue',
  description: 'A choice of an Open311 list attribute.',
  fields: {
    key: {
      kind: 'string',
      required: true,
      maxLength: 100,
      editor: { label: { fr: 'Code du choix', nl: 'Code van de keuze', de: 'Kennung der Auswahl', en: 'Choice code' } },
    },
    name: {
      kind: 'string',
      required: true,
      maxLength: 200,
      editor: { label: { fr: 'Libellé', nl: 'Omschrijving', de: 'Bezeichnung', en: 'Label' } },
    },
  },
};

/** Open311 service definition attribute. */
export const serviceAttribute: ValueType = {
  name: 'ServiceAttribute',
  description: 'A question asked when a request of this type is made (Open311 attribute).',
  fields: {
    code: { kind: 'string', required: true, maxLength: 100, editor: { label: { fr: 'Code', nl: 'Code', de: 'Kennung', en: 'Code' } } },
    variable: {
      kind: 'boolean',
      default: true,
      description: 'False for an informational attribute that takes no answer.',
      editor: {
        label: { fr: 'Attend une réponse', nl: 'Vraagt een antwoord', de: 'Erwartet eine Antwort', en: 'Takes an answer' },
        help: {
          fr: 'Décochez pour un simple texte d’information.',
          nl: 'Vink uit voor een louter informatieve tekst.',
          de: 'Für einen reinen Hinweistext abwählen.',
          en: 'Untick for a plain information text.',
        },
      },
    },
    datatype: {
      kind: 'enumeration',
      vocabulary: attributeDatatype,
      required: true,
      editor: { label: { fr: 'Type de réponse', nl: 'Soort antwoord', de: 'Art der Antwort', en: 'Kind of answer' } },
    },
    required: {
      kind: 'boolean',
      default: false,
      editor: { label: { fr: 'Obligatoire', nl: 'Verplicht', de: 'Pflichtfeld', en: 'Required' } },
    },
    datatypeDescription: {
      kind: 'string',
      maxLength: 300,
      editor: { label: { fr: 'Consigne de réponse', nl: 'Invulinstructie', de: 'Hinweis zur Antwort', en: 'Answer hint' } },
    },
    order: { kind: 'integer', min: 0, editor: { label: { fr: 'Position', nl: 'Volgorde', de: 'Reihenfolge', en: 'Position' } } },
    description: {
      kind: 'string',
      required: true,
      maxLength: 500,
      editor: { label: { fr: 'Question', nl: 'Vraag', de: 'Frage', en: 'Question' } },
    },
    values: {
      kind: 'struct',
      valueType: attributeValue,
      list: true,
      editor: { label: { fr: 'Choix proposés', nl: 'Keuzes', de: 'Auswahlmöglichkeiten', en: 'Choices' } },
    },
  },
};

/** Open311 service: what citizens can report. */
export const serviceType = defineContentType({
  domain: 'requests',
  names: { singular: 'service-type', plural: 'service-types', display: 'Service type' },
  description: 'A kind of request citizens can file (Open311 service): a pothole, a broken street light.',
  editor: { name: { fr: 'Type de signalement', nl: 'Soort melding', de: 'Art der Meldung', en: 'Kind of report' } },
  titleField: 'name',
  fields: {
    serviceCode: {
      kind: 'string',
      required: true,
      unique: true,
      maxLength: 60,
      editor: {
        label: { fr: 'Code', nl: 'Code', de: 'Kennung', en: 'Code' },
        help: {
          fr: 'Un code court et stable que les applications utilisent, par exemple « nid-de-poule ».',
          nl: 'Een korte, vaste code die apps gebruiken, bijvoorbeeld „put-in-de-weg”.',
          de: 'Eine kurze, feste Kennung für Apps, zum Beispiel „schlagloch“.',
          en: 'A short, stable code that apps use, for example “pothole”.',
        },
      },
    },
    name: { kind: 'string', required: true, localized: true, maxLength: 200, editor: W.name },
    description: { kind: 'text', localized: true, maxLength: 2000, editor: W.description },
    group: { kind: 'string', localized: true, maxLength: 100, editor: { label: { fr: 'Groupe', nl: 'Groep', de: 'Gruppe', en: 'Group' } } },
    keywords: {
      kind: 'string',
      localized: true,
      maxLength: 300,
      description: 'Comma-separated, as Open311 serves them.',
      editor: {
        label: { fr: 'Mots-clés', nl: 'Trefwoorden', de: 'Stichwörter', en: 'Keywords' },
        help: { fr: 'Séparés par des virgules.', nl: 'Gescheiden door komma’s.', de: 'Durch Kommas getrennt.', en: 'Separated by commas.' },
      },
    },
    category: {
      kind: 'enumeration',
      vocabulary: serviceCategory,
      description: "The category shared by every town: what a region counts this town's reports of this type under.",
      editor: {
        label: { fr: 'Catégorie commune', nl: 'Gedeelde categorie', de: 'Gemeinsame Kategorie', en: 'Shared category' },
        help: {
          fr: 'La catégorie commune à toutes les communes : la région compte ensemble les signalements de chaque commune qui s’y rapportent.',
          nl: 'De categorie die alle gemeenten delen: zo telt de regio de meldingen van elke gemeente samen.',
          de: 'Die Kategorie, die alle Gemeinden teilen: So zählt die Region die Meldungen aller Gemeinden zusammen.',
          en: "The category every town shares: the region counts each town's reports under it together.",
        },
      },
    },
    serviceKind: {
      kind: 'enumeration',
      vocabulary: serviceKind,
      required: true,
      default: 'realtime',
      editor: { label: { fr: 'Mode de traitement', nl: 'Verwerkingswijze', de: 'Bearbeitungsweise', en: 'How reports are handled' } },
    },
    attributes: {
      kind: 'struct',
      valueType: serviceAttribute,
      list: true,
      localized: true,
      editor: {
        label: { fr: 'Questions posées', nl: 'Gestelde vragen', de: 'Gestellte Fragen', en: 'Questions asked' },
        help: {
          fr: 'Ce que le citoyen doit préciser en faisant ce signalement.',
          nl: 'Wat de burger moet verduidelijken bij deze melding.',
          de: 'Was die Bürger bei dieser Meldung angeben müssen.',
          en: 'What the citizen is asked when making this report.',
        },
      },
    },
  },
  defaultOrder: [{ field: 'serviceCode', direction: 'asc' }],
  uniqueKeys: [['serviceCode']],
  indexes: [['serviceCode']],
});
