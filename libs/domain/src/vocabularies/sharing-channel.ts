import { defineVocabulary } from '../define-vocabulary';

/**
 * The network's sharing channels: where a member puts an entry for other members' listings
 * (iMio's towns and region "populate" each other's agendas). Named after the regional groups
 * the gateway's registry uses (`region:wallonia`, `province:hainaut`), so that a channel and
 * its group read alike. A closed list, like every vocabulary: a new channel is a new version.
 */
export const sharingChannel = defineVocabulary('SharingChannel', 'A channel of the network that members share entries into.', {
  wallonia: { en: 'Walloon Region', fr: 'Région wallonne', nl: 'Waals Gewest', de: 'Wallonische Region' },
  brussels: {
    en: 'Brussels-Capital Region',
    fr: 'Région de Bruxelles-Capitale',
    nl: 'Brussels Hoofdstedelijk Gewest',
    de: 'Region Brüssel-Hauptstadt',
  },
  flanders: { en: 'Flemish Region', fr: 'Région flamande', nl: 'Vlaams Gewest', de: 'Flämische Region' },
  germanSpeakingCommunity: {
    en: 'German-speaking Community',
    fr: 'Communauté germanophone',
    nl: 'Duitstalige Gemeenschap',
    de: 'Deutschsprachige Gemeinschaft',
  },
  hainaut: { en: 'Province of Hainaut', fr: 'Province de Hainaut', nl: 'Provincie Henegouwen', de: 'Provinz Hennegau' },
  namur: { en: 'Province of Namur', fr: 'Province de Namur', nl: 'Provincie Namen', de: 'Provinz Namür' },
  liege: { en: 'Province of Liège', fr: 'Province de Liège', nl: 'Provincie Luik', de: 'Provinz Lüttich' },
  luxembourg: { en: 'Province of Luxembourg', fr: 'Province de Luxembourg', nl: 'Provincie Luxemburg', de: 'Provinz Luxemburg' },
  walloonBrabant: {
    en: 'Province of Walloon Brabant',
    fr: 'Province du Brabant wallon',
    nl: 'Provincie Waals-Brabant',
    de: 'Provinz Wallonisch-Brabant',
  },
  antwerp: { en: 'Province of Antwerp', fr: "Province d'Anvers", nl: 'Provincie Antwerpen', de: 'Provinz Antwerpen' },
  eastFlanders: {
    en: 'Province of East Flanders',
    fr: 'Province de Flandre-Orientale',
    nl: 'Provincie Oost-Vlaanderen',
    de: 'Provinz Ostflandern',
  },
  westFlanders: {
    en: 'Province of West Flanders',
    fr: 'Province de Flandre-Occidentale',
    nl: 'Provincie West-Vlaanderen',
    de: 'Provinz Westflandern',
  },
  limburg: { en: 'Province of Limburg', fr: 'Province de Limbourg', nl: 'Provincie Limburg', de: 'Provinz Limburg' },
  flemishBrabant: {
    en: 'Province of Flemish Brabant',
    fr: 'Province du Brabant flamand',
    nl: 'Provincie Vlaams-Brabant',
    de: 'Provinz Flämisch-Brabant',
  },
});
