import { defineVocabulary } from '../define-vocabulary';

/** iMio's 17 shared topics, used across services, events, news and the directory. */
export const topic = defineVocabulary('Topic', 'A theme of public life, shared by every town.', {
  entertainment: { en: 'Entertainment', fr: 'Loisirs', nl: 'Vrije tijd', de: 'Freizeit' },
  agriculture: { en: 'Agriculture', fr: 'Agriculture', nl: 'Landbouw', de: 'Landwirtschaft' },
  citizenship: { en: 'Citizenship', fr: 'Citoyenneté', nl: 'Burgerschap', de: 'Bürgerschaft' },
  culture: { en: 'Culture', fr: 'Culture', nl: 'Cultuur', de: 'Kultur' },
  economics: { en: 'Economy', fr: 'Économie', nl: 'Economie', de: 'Wirtschaft' },
  education: { en: 'Education', fr: 'Enseignement', nl: 'Onderwijs', de: 'Bildung' },
  environment: { en: 'Environment', fr: 'Environnement', nl: 'Milieu', de: 'Umwelt' },
  habitatAndTownPlanning: {
    en: 'Housing and town planning',
    fr: 'Logement et urbanisme',
    nl: 'Wonen en stedenbouw',
    de: 'Wohnen und Städtebau',
  },
  mobility: { en: 'Mobility', fr: 'Mobilité', nl: 'Mobiliteit', de: 'Mobilität' },
  citizenParticipation: { en: 'Citizen participation', fr: 'Participation citoyenne', nl: 'Burgerparticipatie', de: 'Bürgerbeteiligung' },
  politics: { en: 'Politics', fr: 'Politique', nl: 'Politiek', de: 'Politik' },
  health: { en: 'Health', fr: 'Santé', nl: 'Gezondheid', de: 'Gesundheit' },
  safetyAndPrevention: {
    en: 'Safety and prevention',
    fr: 'Sécurité et prévention',
    nl: 'Veiligheid en preventie',
    de: 'Sicherheit und Prävention',
  },
  social: { en: 'Social affairs', fr: 'Social', nl: 'Sociaal', de: 'Soziales' },
  sports: { en: 'Sports', fr: 'Sports', nl: 'Sport', de: 'Sport' },
  territoryAndPublicSpace: {
    en: 'Territory and public space',
    fr: 'Territoire et espace public',
    nl: 'Grondgebied en openbare ruimte',
    de: 'Gebiet und öffentlicher Raum',
  },
  tourism: { en: 'Tourism', fr: 'Tourisme', nl: 'Toerisme', de: 'Tourismus' },
});
