import { defineVocabulary } from '../../define-vocabulary';

/** CPSV-AP channel types. */
export const channelType = defineVocabulary('ChannelType', 'How a citizen uses a service.', {
  online: { en: 'Online', fr: 'En ligne', nl: 'Online', de: 'Online' },
  inPerson: { en: 'In person', fr: 'Au guichet', nl: 'Aan het loket', de: 'Vor Ort' },
  phone: { en: 'By phone', fr: 'Par téléphone', nl: 'Telefonisch', de: 'Telefonisch' },
  mail: { en: 'By post', fr: 'Par courrier', nl: 'Per post', de: 'Per Post' },
  email: { en: 'By e-mail', fr: 'Par courriel', nl: 'Per e-mail', de: 'Per E-Mail' },
});

/** CPSV-AP life events (isGroupedBy), the ones a town's services answer to. */
export const lifeEvent = defineVocabulary('LifeEvent', 'A moment of life a service belongs to.', {
  havingAChild: { en: 'Having a child', fr: 'Naissance', nl: 'Geboorte', de: 'Geburt' },
  marriageAndPartnership: {
    en: 'Marriage and partnership',
    fr: 'Mariage et cohabitation',
    nl: 'Huwelijk en samenwonen',
    de: 'Ehe und Partnerschaft',
  },
  movingHouse: { en: 'Moving house', fr: 'Déménagement', nl: 'Verhuizen', de: 'Umzug' },
  building: { en: 'Building or renovating', fr: 'Construire ou rénover', nl: 'Bouwen of verbouwen', de: 'Bauen oder Renovieren' },
  startingABusiness: { en: 'Starting a business', fr: 'Créer une entreprise', nl: 'Een onderneming starten', de: 'Unternehmensgründung' },
  travellingAbroad: { en: 'Travelling abroad', fr: "Voyager à l'étranger", nl: 'Naar het buitenland reizen', de: 'Reisen ins Ausland' },
  findingAJob: { en: 'Finding a job', fr: 'Trouver un emploi', nl: 'Werk zoeken', de: 'Arbeitssuche' },
  retiring: { en: 'Retiring', fr: 'Pension', nl: 'Pensioen', de: 'Ruhestand' },
  death: { en: 'Death of a relative', fr: 'Décès', nl: 'Overlijden', de: 'Todesfall' },
  owningAVehicle: { en: 'Owning a vehicle', fr: 'Véhicule', nl: 'Voertuig', de: 'Fahrzeug' },
});
