import type { ValueType } from '../field';

/** schema.org ContactPoint; CPSV-AP hasContactPoint. */
export const contactPoint: ValueType = {
  name: 'ContactPoint',
  description: 'How to reach the people in charge.',
  fields: {
    name: { kind: 'string', maxLength: 200 },
    email: { kind: 'email' },
    telephone: { kind: 'string', maxLength: 40 },
    url: { kind: 'url' },
    hoursAvailable: { kind: 'string', maxLength: 200, description: 'When the contact point answers, in words.' },
  },
};
