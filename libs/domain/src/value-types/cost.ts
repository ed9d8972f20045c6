import type { ValueType } from '../field';

/** CPSV-AP hasCost. */
export const cost: ValueType = {
  name: 'Cost',
  description: 'What a service costs.',
  fields: {
    amount: { kind: 'decimal', min: 0 },
    currency: { kind: 'string', default: 'EUR', minLength: 3, maxLength: 3, description: 'ISO 4217 code.' },
    description: { kind: 'string', maxLength: 500 },
  },
};
