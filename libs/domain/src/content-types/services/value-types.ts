import type { ValueType } from '../../field';
import { channelType } from './vocabularies';

/** CPSV-AP hasChannel. */
export const channel: ValueType = {
  name: 'Channel',
  description: 'One way to use a service, with where to go.',
  fields: {
    channelType: { kind: 'enumeration', vocabulary: channelType, required: true },
    url: { kind: 'url' },
    description: { kind: 'string', maxLength: 500 },
  },
};

/** CPSV-AP hasInput: evidence the citizen brings. */
export const requiredDocument: ValueType = {
  name: 'RequiredDocument',
  description: 'A document to bring.',
  fields: {
    name: { kind: 'string', required: true, maxLength: 200 },
    description: { kind: 'string', maxLength: 500 },
  },
};
