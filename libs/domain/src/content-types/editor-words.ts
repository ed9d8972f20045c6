import type { EditorText } from '../field';

/**
 * Editor texts that several types share word for word (an address, a start, a picture), so
 * that a form says the same thing everywhere and a translation is fixed once.
 */
export const EDITOR_WORDS = {
  name: { label: { fr: 'Nom', nl: 'Naam', de: 'Name', en: 'Name' } },
  title: { label: { fr: 'Titre', nl: 'Titel', de: 'Titel', en: 'Title' } },
  summary: {
    label: { fr: 'Résumé', nl: 'Samenvatting', de: 'Kurzfassung', en: 'Summary' },
    help: {
      fr: 'Une ou deux phrases, affichées dans les listes.',
      nl: 'Een of twee zinnen, getoond in lijsten.',
      de: 'Ein oder zwei Sätze, in Listen angezeigt.',
      en: 'One or two sentences, shown in lists.',
    },
  },
  description: { label: { fr: 'Description', nl: 'Beschrijving', de: 'Beschreibung', en: 'Description' } },
  start: { label: { fr: 'Début', nl: 'Begin', de: 'Beginn', en: 'Start' } },
  end: { label: { fr: 'Fin', nl: 'Einde', de: 'Ende', en: 'End' } },
  startDate: { label: { fr: 'Date de début', nl: 'Begindatum', de: 'Beginndatum', en: 'Start date' } },
  endDate: {
    label: { fr: 'Date de fin', nl: 'Einddatum', de: 'Enddatum', en: 'End date' },
    help: {
      fr: 'Laisser vide tant que ce n’est pas terminé.',
      nl: 'Leeg laten zolang het niet afgelopen is.',
      de: 'Leer lassen, solange es nicht beendet ist.',
      en: 'Leave empty while it has not ended.',
    },
  },
  locationName: { label: { fr: 'Lieu', nl: 'Locatie', de: 'Ort', en: 'Venue' } },
  streetAddress: { label: { fr: 'Rue et numéro', nl: 'Straat en nummer', de: 'Straße und Hausnummer', en: 'Street and number' } },
  postalCode: { label: { fr: 'Code postal', nl: 'Postcode', de: 'Postleitzahl', en: 'Postcode' } },
  locality: { label: { fr: 'Localité', nl: 'Plaats', de: 'Ort', en: 'Town or village' } },
  geo: {
    label: { fr: 'Position sur la carte', nl: 'Positie op de kaart', de: 'Position auf der Karte', en: 'Position on the map' },
    help: {
      fr: 'Latitude et longitude, par exemple 50,4669 et 4,8675 (copiées d’un site de cartes).',
      nl: 'Breedte- en lengtegraad, bijvoorbeeld 50,4669 en 4,8675 (overgenomen van een kaartensite).',
      de: 'Breiten- und Längengrad, zum Beispiel 50,4669 und 4,8675 (von einer Kartenseite übernommen).',
      en: 'Latitude and longitude, for example 50.4669 and 4.8675 (copied from a map site).',
    },
  },
  image: { label: { fr: 'Image', nl: 'Afbeelding', de: 'Bild', en: 'Picture' } },
  topics: {
    label: { fr: 'Thèmes', nl: 'Thema’s', de: 'Themen', en: 'Topics' },
    help: {
      fr: 'Les thèmes sous lesquels le public le trouve.',
      nl: 'De thema’s waaronder het publiek het vindt.',
      de: 'Die Themen, unter denen die Öffentlichkeit es findet.',
      en: 'The topics under which the public finds it.',
    },
  },
  auxiliaryFiles: { label: { fr: 'Autres fichiers', nl: 'Andere bestanden', de: 'Weitere Dateien', en: 'Other files' } },
  website: { label: { fr: 'Site web', nl: 'Website', de: 'Website', en: 'Website' } },
  email: { label: { fr: 'Adresse e-mail', nl: 'E-mailadres', de: 'E-Mail-Adresse', en: 'E-mail address' } },
  phone: { label: { fr: 'Téléphone', nl: 'Telefoon', de: 'Telefon', en: 'Phone' } },
  webAddress: { label: { fr: 'Adresse web', nl: 'Webadres', de: 'Webadresse', en: 'Web address' } },
  reference: { label: { fr: 'Référence', nl: 'Referentie', de: 'Aktenzeichen', en: 'Reference' } },
} as const satisfies Record<string, EditorText>;
