import type { ValueType } from '../field';

/** CPSV-AP hasCost. */
export const cost: ValueType = {
  name: 'Cost',
  description: 'What a service costs.',
  fields: {
    amount: { kind: 'decimal', min: 0, editor: { label: { fr: 'Montant', nl: 'Bedrag', de: 'Betrag', en: 'Amount' } } },
    currency: {
      kind: 'string',
      default: 'EUR',
      minLength: 3,
      maxLength: 3,
      description: 'ISO 4217 code.',
      editor: {
        label: { fr: 'Devise', nl: 'Munt', de: 'Währung', en: 'Currency' },
        help: { fr: 'EUR pour l’euro.', nl: 'EUR voor de euro.', de: 'EUR für den Euro.', en: 'EUR for the euro.' },
      },
    },
    description: {
      kind: 'string',
      maxLength: 500,
      editor: {
        label: { fr: 'Précisions', nl: 'Toelichting', de: 'Hinweise', en: 'Details' },
        help: {
          fr: 'Par exemple « gratuit pour les moins de 12 ans ».',
          nl: 'Bijvoorbeeld „gratis voor kinderen onder 12”.',
          de: 'Zum Beispiel „kostenlos für Kinder unter 12“.',
          en: 'For example “free for children under 12”.',
        },
      },
    },
  },
};
