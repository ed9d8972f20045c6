import type { ValueType } from '../field';

/** schema.org ContactPoint; CPSV-AP hasContactPoint. */
export const contactPoint: ValueType = {
  name: 'ContactPoint',
  description: 'How to reach the people in charge.',
  fields: {
    name: { kind: 'string', maxLength: 200, editor: { label: { fr: 'Nom', nl: 'Naam', de: 'Name', en: 'Name' } } },
    email: { kind: 'email', editor: { label: { fr: 'Adresse e-mail', nl: 'E-mailadres', de: 'E-Mail-Adresse', en: 'E-mail address' } } },
    telephone: { kind: 'string', maxLength: 40, editor: { label: { fr: 'Téléphone', nl: 'Telefoon', de: 'Telefon', en: 'Phone' } } },
    url: { kind: 'url', editor: { label: { fr: 'Site web', nl: 'Website', de: 'Website', en: 'Website' } } },
    hoursAvailable: {
      kind: 'string',
      maxLength: 200,
      description: 'When the contact point answers, in words.',
      editor: {
        label: { fr: 'Joignable', nl: 'Bereikbaar', de: 'Erreichbar', en: 'When to reach them' },
        help: {
          fr: 'En mots, par exemple « du lundi au vendredi, de 9 h à 12 h ».',
          nl: 'In woorden, bijvoorbeeld „maandag tot vrijdag, van 9 tot 12 uur”.',
          de: 'In Worten, zum Beispiel „Montag bis Freitag, 9 bis 12 Uhr“.',
          en: 'In words, for example “Monday to Friday, 9 am to noon”.',
        },
      },
    },
  },
};
