import type { ValueType } from '../field';

export const phone: ValueType = {
  name: 'Phone',
  description: 'A telephone number with what it is for (reception, emergencies, ...).',
  fields: {
    label: { kind: 'string', maxLength: 100 },
    number: { kind: 'string', required: true, maxLength: 40 },
  },
};

export const emailAddress: ValueType = {
  name: 'EmailAddress',
  description: 'An e-mail address with what it is for.',
  fields: {
    label: { kind: 'string', maxLength: 100 },
    address: { kind: 'email', required: true },
  },
};
