import { defineContentType } from '../../content-type';
import { contactPoint } from '../../value-types/contact-point';
import { cost } from '../../value-types/cost';
import { link } from '../../value-types/link';
import { audience } from '../../vocabularies/audience';
import { topic } from '../../vocabularies/topic';
import { channel, requiredDocument } from './value-types';
import { lifeEvent } from './vocabularies';

/** CPSV-AP PublicService; LocalGov Drupal's service page. */
export const publicService = defineContentType({
  domain: 'services',
  names: { singular: 'public-service', plural: 'public-services', display: 'Public service' },
  description: 'A service the town provides: what it is, who it is for, what it costs, how to get it.',
  fields: {
    code: { kind: 'string', required: true, unique: true, maxLength: 80, description: 'A stable identifier, e.g. "identity-card".' },
    name: { kind: 'string', required: true, localized: true, maxLength: 300 },
    summary: { kind: 'text', localized: true, maxLength: 1000 },
    description: { kind: 'richText', localized: true },
    audiences: { kind: 'enumerationList', vocabulary: audience },
    topics: { kind: 'enumerationList', vocabulary: topic },
    lifeEvents: { kind: 'enumerationList', vocabulary: lifeEvent },
    cost: { kind: 'struct', valueType: cost, list: false, localized: true },
    processingTime: { kind: 'string', localized: true, maxLength: 200, description: 'In words, e.g. "three weeks".' },
    documentsToBring: { kind: 'struct', valueType: requiredDocument, list: true, localized: true },
    channels: { kind: 'struct', valueType: channel, list: true, localized: true },
    onlineUrl: { kind: 'url', localized: true, description: 'Where to do it online, when it can be.' },
    contactPoint: { kind: 'struct', valueType: contactPoint, list: false, localized: true },
    legalBasis: { kind: 'struct', valueType: link, list: true, localized: true },
  },
  defaultOrder: [{ field: 'name', direction: 'asc' }],
  uniqueKeys: [['code']],
  indexes: [['code'], ['name']],
});
