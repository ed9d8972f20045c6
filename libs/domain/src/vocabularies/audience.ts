import { defineVocabulary } from '../define-vocabulary';

/** iMio's ten "I am" audiences. */
export const audience = defineVocabulary('Audience', 'Who a service or an item is meant for.', {
  merchant: { en: 'Merchant', fr: 'Commerçant', nl: 'Handelaar', de: 'Händler' },
  jobSeeker: { en: 'Job seeker', fr: "Demandeur d'emploi", nl: 'Werkzoekende', de: 'Arbeitssuchender' },
  disabledPerson: {
    en: 'Person with a disability',
    fr: 'Personne handicapée',
    nl: 'Persoon met een handicap',
    de: 'Person mit Behinderung',
  },
  youngPerson: { en: 'Young person', fr: 'Jeune', nl: 'Jongere', de: 'Jugendlicher' },
  journalist: { en: 'Journalist', fr: 'Journaliste', nl: 'Journalist', de: 'Journalist' },
  newcomer: { en: 'Newcomer', fr: 'Nouvel arrivant', nl: 'Nieuwkomer', de: 'Neuankömmling' },
  eventPlanner: { en: 'Event planner', fr: "Organisateur d'événements", nl: 'Evenementenorganisator', de: 'Veranstalter' },
  parent: { en: 'Parent', fr: 'Parent', nl: 'Ouder', de: 'Elternteil' },
  elder: { en: 'Senior', fr: 'Senior', nl: 'Senior', de: 'Senior' },
  tourist: { en: 'Tourist', fr: 'Touriste', nl: 'Toerist', de: 'Tourist' },
});
