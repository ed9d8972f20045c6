import { defineContentType } from '../../content-type';
import { defineVocabulary } from '../../define-vocabulary';
import type { ValueType } from '../../field';

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
    capakey: { kind: 'string', required: true, maxLength: 17, description: 'e.g. "52012A0123/00B000".' },
    division: { kind: 'string', maxLength: 10 },
    section: { kind: 'string', maxLength: 2 },
    number: { kind: 'string', maxLength: 20, description: 'Radical, bis, exponent and power as written.' },
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
  fields: {
    reference: { kind: 'string', required: true, unique: true, maxLength: 60 },
    applicationType: { kind: 'enumeration', vocabulary: applicationType, required: true },
    title: { kind: 'string', required: true, localized: true, maxLength: 300 },
    description: { kind: 'richText', localized: true },
    streetAddress: { kind: 'string', maxLength: 200 },
    postalCode: { kind: 'string', maxLength: 10 },
    locality: { kind: 'string', maxLength: 100 },
    geo: { kind: 'geoPoint' },
    cadastralParcels: { kind: 'struct', valueType: cadastralParcel, list: true },
    applicationStatus: { kind: 'enumeration', vocabulary: applicationStatus, required: true, default: 'submitted' },
    submissionDate: { kind: 'date', required: true },
    inquiryStart: { kind: 'date' },
    inquiryEnd: { kind: 'date' },
    claimsDeadline: { kind: 'date' },
    decision: { kind: 'enumeration', vocabulary: applicationDecision },
    decisionDate: { kind: 'date' },
    documents: { kind: 'media', multiple: true, allowedTypes: ['files', 'images'], localized: true },
  },
  defaultOrder: [{ field: 'submissionDate', direction: 'desc' }],
  uniqueKeys: [['reference']],
  indexes: [['reference'], ['applicationStatus', 'inquiryEnd'], ['submissionDate'], ['geo']],
});
