import type { ValueType } from '../field';

export const link: ValueType = {
  name: 'Link',
  description: 'A labelled web address.',
  fields: {
    label: { kind: 'string', required: true, maxLength: 200 },
    url: { kind: 'url', required: true },
  },
};
