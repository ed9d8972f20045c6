import type { ValueType } from '../../field';
import { channelType } from './vocabularies';

/** CPSV-AP hasChannel. */
export const channel: ValueType = {
  name: 'Channel',
  description: 'One way to use a service, with where to go.',
  fields: {
    channelType: {
      kind: 'enumeration',
      vocabulary: channelType,
      required: true,
      editor: { label: { fr: 'Canal', nl: 'Kanaal', de: 'Weg', en: 'Channel' } },
    },
    url: { kind: 'url', editor: { label: { fr: 'Adresse web', nl: 'Webadres', de: 'Webadresse', en: 'Web address' } } },
    description: {
      kind: 'string',
      maxLength: 500,
      editor: {
        label: { fr: 'Précisions', nl: 'Toelichting', de: 'Hinweise', en: 'Details' },
        help: {
          fr: 'Par exemple le guichet, l’étage ou les jours.',
          nl: 'Bijvoorbeeld het loket, de verdieping of de dagen.',
          de: 'Zum Beispiel der Schalter, das Stockwerk oder die Tage.',
          en: 'For example the desk, the floor or the days.',
        },
      },
    },
  },
};

/** CPSV-AP hasInput: evidence the citizen brings. */
export const requiredDocument: ValueType = {
  name: 'RequiredDocument',
  description: 'A document to bring.',
  fields: {
    name: {
      kind: 'string',
      required: true,
      maxLength: 200,
      editor: { label: { fr: 'Document', nl: 'Document', de: 'Unterlage', en: 'Document' } },
    },
    description: {
      kind: 'string',
      maxLength: 500,
      editor: { label: { fr: 'Précisions', nl: 'Toelichting', de: 'Hinweise', en: 'Details' } },
    },
  },
};
