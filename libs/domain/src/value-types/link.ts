import type { ValueType } from '../field';

export const link: ValueType = {
  name: 'Link',
  description: 'A labelled web address.',
  fields: {
    label: {
      kind: 'string',
      required: true,
      maxLength: 200,
      editor: { label: { fr: 'Texte du lien', nl: 'Linktekst', de: 'Linktext', en: 'Link text' } },
    },
    url: { kind: 'url', required: true, editor: { label: { fr: 'Adresse web', nl: 'Webadres', de: 'Webadresse', en: 'Web address' } } },
  },
};
