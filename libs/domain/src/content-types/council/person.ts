import { defineContentType } from '../../content-type';
import { gender } from './vocabularies';

/** OParl Person. Only public office holders: their public role is all that is stored. */
export const person = defineContentType({
  domain: 'council',
  names: { singular: 'person', plural: 'people', display: 'Person' },
  description: 'A holder of public office: councillor, alderman, mayor, president of the social welfare centre.',
  fields: {
    name: { kind: 'string', required: true, maxLength: 200, description: 'The full name as published.' },
    familyName: { kind: 'string', required: true, maxLength: 100 },
    givenName: { kind: 'string', maxLength: 100 },
    formOfAddress: { kind: 'string', localized: true, maxLength: 60 },
    affix: { kind: 'string', maxLength: 60 },
    title: { kind: 'string', localized: true, maxLength: 100 },
    gender: { kind: 'enumeration', vocabulary: gender },
    publicRole: { kind: 'string', localized: true, maxLength: 200, description: 'OParl status: the office held, such as "Mayor".' },
    email: { kind: 'email', description: 'The office address, never a private one.' },
    phone: { kind: 'string', maxLength: 40 },
    image: { kind: 'media', multiple: false, allowedTypes: ['images'] },
  },
  defaultOrder: [
    { field: 'familyName', direction: 'asc' },
    { field: 'givenName', direction: 'asc' },
  ],
  uniqueKeys: [['name']],
  indexes: [['familyName']],
});
