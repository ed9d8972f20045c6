import { defineContentType } from '../../content-type';
import { defineVocabulary } from '../../define-vocabulary';
import type { ValueType } from '../../field';
import { EDITOR_WORDS as W } from '../editor-words';

export const applicationType = defineVocabulary('ApplicationType', 'The kind of permit asked for (Walloon law; towns extend it).', {
  buildingPermit: { en: 'Building permit', fr: "Permis d'urbanisme", nl: 'Bouwvergunning', de: 'Städtebaugenehmigung' },
  urbanCertificate1: {
    en: 'Planning certificate 1',
    fr: "Certificat d'urbanisme n° 1",
    nl: 'Stedenbouwkundig attest nr. 1',
    de: 'Städtebaubescheinigung Nr. 1',
  },
  urbanCertificate2: {
    en: 'Planning certificate 2',
    fr: "Certificat d'urbanisme n° 2",
    nl: 'Stedenbouwkundig attest nr. 2',
    de: 'Städtebaubescheinigung Nr. 2',
  },
  subdivisionPermit: {
    en: 'Subdivision permit',
    fr: "Permis d'urbanisation",
    nl: 'Verkavelingsvergunning',
    de: 'Verstädterungsgenehmigung',
  },
  environmentPermitClass1: {
    en: 'Environment permit, class 1',
    fr: "Permis d'environnement classe 1",
    nl: 'Milieuvergunning klasse 1',
    de: 'Umweltgenehmigung Klasse 1',
  },
  environmentPermitClass2: {
    en: 'Environment permit, class 2',
    fr: "Permis d'environnement classe 2",
    nl: 'Milieuvergunning klasse 2',
    de: 'Umweltgenehmigung Klasse 2',
  },
  environmentDeclaration: {
    en: 'Environment declaration (class 3)',
    fr: 'Déclaration environnementale (classe 3)',
    nl: 'Milieuaangifte (klasse 3)',
    de: 'Umwelterklärung (Klasse 3)',
  },
  singlePermit: { en: 'Single permit', fr: 'Permis unique', nl: 'Enige vergunning', de: 'Globalgenehmigung' },
  commercialPermit: {
    en: 'Retail establishment permit',
    fr: "Permis d'implantation commerciale",
    nl: 'Handelsvestigingsvergunning',
    de: 'Handelsniederlassungsgenehmigung',
  },
  other: { en: 'Other', fr: 'Autre', nl: 'Andere', de: 'Sonstiges' },
});

export const applicationStatus = defineVocabulary('ApplicationStatus', 'Where a permit request stands.', {
  submitted: { en: 'Submitted', fr: 'Déposé', nl: 'Ingediend', de: 'Eingereicht' },
  underReview: { en: 'Under review', fr: "En cours d'instruction", nl: 'In behandeling', de: 'In Bearbeitung' },
  publicInquiry: { en: 'Public inquiry', fr: 'Enquête publique', nl: 'Openbaar onderzoek', de: 'Öffentliche Untersuchung' },
  decided: { en: 'Decided', fr: 'Décidé', nl: 'Beslist', de: 'Entschieden' },
  withdrawn: { en: 'Withdrawn', fr: 'Retiré', nl: 'Ingetrokken', de: 'Zurückgezogen' },
  appealed: { en: 'Under appeal', fr: 'En recours', nl: 'In beroep', de: 'Im Widerspruch' },
});

export const applicationDecision = defineVocabulary('ApplicationDecision', 'What the authority decided.', {
  granted: { en: 'Granted', fr: 'Octroyé', nl: 'Verleend', de: 'Erteilt' },
  grantedWithConditions: {
    en: 'Granted with conditions',
    fr: 'Octroyé sous conditions',
    nl: 'Verleend onder voorwaarden',
    de: 'Mit Auflagen erteilt',
  },
  refused: { en: 'Refused', fr: 'Refusé', nl: 'Geweigerd', de: 'Verweigert' },
});

/** A Belgian cadastral parcel: the capakey and its parts. */
export const cadastralParcel: ValueType = {
  name: 'CadastralParcel',
  description: 'A parcel of the land registry, by its Belgian capakey.',
  fields: {
    capakey: {
      kind: 'string',
      required: true,
      maxLength: 17,
      description: 'e.g. "52012A0123/00B000".',
      editor: {
        label: { fr: 'Identifiant de parcelle', nl: 'Perceelidentificatie', de: 'Parzellenkennung', en: 'Parcel identifier' },
        help: {
          fr: 'Tel qu’il figure sur l’extrait cadastral, par exemple 52012A0123/00B000.',
          nl: 'Zoals op het kadastraal uittreksel, bijvoorbeeld 52012A0123/00B000.',
          de: 'Wie auf dem Katasterauszug, zum Beispiel 52012A0123/00B000.',
          en: 'As on the land registry extract, for example 52012A0123/00B000.',
        },
      },
    },
    division: { kind: 'string', maxLength: 10, editor: { label: { fr: 'Division', nl: 'Afdeling', de: 'Gemarkung', en: 'Division' } } },
    section: { kind: 'string', maxLength: 2, editor: { label: { fr: 'Section', nl: 'Sectie', de: 'Flur', en: 'Section' } } },
    number: {
      kind: 'string',
      maxLength: 20,
      description: 'Radical, bis, exponent and power as written.',
      editor: { label: { fr: 'Numéro de parcelle', nl: 'Perceelnummer', de: 'Parzellennummer', en: 'Parcel number' } },
    },
  },
};

/**
 * Products.urban's permit as the public sees it: its notice and inquiry. The applicant's
 * identity is not part of the model at all, so it cannot leak.
 */
export const planningApplication = defineContentType({
  domain: 'urbanism',
  names: { singular: 'planning-application', plural: 'planning-applications', display: 'Planning application' },
  description: 'The public notice of a permit request, with its public inquiry and decision.',
  editor: { name: { fr: 'Demande de permis', nl: 'Vergunningsaanvraag', de: 'Genehmigungsantrag', en: 'Planning application' } },
  titleField: 'title',
  fields: {
    reference: { kind: 'string', required: true, unique: true, maxLength: 60, editor: W.reference },
    applicationType: {
      kind: 'enumeration',
      vocabulary: applicationType,
      required: true,
      editor: { label: { fr: 'Type de permis', nl: 'Soort vergunning', de: 'Art der Genehmigung', en: 'Kind of permit' } },
    },
    title: {
      kind: 'string',
      required: true,
      localized: true,
      maxLength: 300,
      editor: {
        label: { fr: 'Objet', nl: 'Onderwerp', de: 'Gegenstand', en: 'What is asked for' },
        help: {
          fr: 'Par exemple « Construction d’une maison unifamiliale ».',
          nl: 'Bijvoorbeeld „Bouwen van een eengezinswoning”.',
          de: 'Zum Beispiel „Bau eines Einfamilienhauses“.',
          en: 'For example “Building a detached house”.',
        },
      },
    },
    description: { kind: 'richText', localized: true, editor: W.description },
    streetAddress: { kind: 'string', maxLength: 200, editor: W.streetAddress },
    postalCode: { kind: 'string', maxLength: 10, editor: W.postalCode },
    locality: { kind: 'string', maxLength: 100, editor: W.locality },
    geo: { kind: 'geoPoint', editor: W.geo },
    cadastralParcels: {
      kind: 'struct',
      valueType: cadastralParcel,
      list: true,
      editor: { label: { fr: 'Parcelles cadastrales', nl: 'Kadastrale percelen', de: 'Katasterparzellen', en: 'Land registry parcels' } },
    },
    applicationStatus: {
      kind: 'enumeration',
      vocabulary: applicationStatus,
      required: true,
      default: 'submitted',
      editor: { label: { fr: 'Stade', nl: 'Stand', de: 'Stand', en: 'Stage' } },
    },
    submissionDate: {
      kind: 'date',
      required: true,
      editor: { label: { fr: 'Déposée le', nl: 'Ingediend op', de: 'Eingereicht am', en: 'Submitted on' } },
    },
    inquiryStart: {
      kind: 'date',
      editor: {
        label: {
          fr: 'Début de l’enquête publique',
          nl: 'Begin van het openbaar onderzoek',
          de: 'Beginn der öffentlichen Untersuchung',
          en: 'Public inquiry starts',
        },
      },
    },
    inquiryEnd: {
      kind: 'date',
      editor: {
        label: {
          fr: 'Fin de l’enquête publique',
          nl: 'Einde van het openbaar onderzoek',
          de: 'Ende der öffentlichen Untersuchung',
          en: 'Public inquiry ends',
        },
      },
    },
    claimsDeadline: {
      kind: 'date',
      editor: {
        label: { fr: 'Réclamations jusqu’au', nl: 'Bezwaren tot', de: 'Einwendungen bis', en: 'Objections until' },
        help: {
          fr: 'Le dernier jour pour introduire une réclamation.',
          nl: 'De laatste dag om een bezwaar in te dienen.',
          de: 'Der letzte Tag, um eine Einwendung einzureichen.',
          en: 'The last day to send an objection.',
        },
      },
    },
    decision: {
      kind: 'enumeration',
      vocabulary: applicationDecision,
      editor: { label: { fr: 'Décision', nl: 'Beslissing', de: 'Entscheidung', en: 'Decision' } },
    },
    decisionDate: { kind: 'date', editor: { label: { fr: 'Décidée le', nl: 'Beslist op', de: 'Entschieden am', en: 'Decided on' } } },
    documents: {
      kind: 'media',
      multiple: true,
      allowedTypes: ['files', 'images'],
      localized: true,
      editor: { label: { fr: 'Documents', nl: 'Documenten', de: 'Unterlagen', en: 'Documents' } },
    },
  },
  defaultOrder: [{ field: 'submissionDate', direction: 'desc' }],
  uniqueKeys: [['reference']],
  indexes: [['reference'], ['applicationStatus', 'inquiryEnd'], ['submissionDate'], ['geo']],
});
