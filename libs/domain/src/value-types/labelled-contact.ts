import type { ValueType } from '../field';

export const phone: ValueType = {
  name: 'Phone',
  description: 'A telephone number with what it is for (reception, emergencies, ...).',
  fields: {
    label: { kind: 'string', maxLength: 100, editor: { label: { fr: 'Pour quoi', nl: 'Waarvoor', de: 'Wofür', en: 'What it is for' } } },
    number: {
      kind: 'string',
      required: true,
      maxLength: 40,
      editor: { label: { fr: 'Numéro', nl: 'Nummer', de: 'Nummer', en: 'Number' } },
    },
  },
};

export const emailAddress: ValueType = {
  name: 'EmailAddress',
  description: 'An e-mail address with what it is for.',
  fields: {
    label: { kind: 'string', maxLength: 100, editor: { label: { fr: 'Pour quoi', nl: 'Waarvoor', de: 'Wofür', en: 'What it is for' } } },
    address: {
      kind: 'email',
      required: true,
      editor: { label: { fr: 'Adresse e-mail', nl: 'E-mailadres', de: 'E-Mail-Adresse', en: 'E-mail address' } },
    },
  },
};
