import { defineContentType } from '../../content-type';
import { paperType } from './vocabularies';

/** OParl Paper: decisions, motions, reports, regulations. */
export const paper = defineContentType({
  domain: 'council',
  names: { singular: 'paper', plural: 'papers', display: 'Paper' },
  description: "A document of the council's work: decision, motion, report, proposal, regulation.",
  fields: {
    name: { kind: 'string', required: true, localized: true, maxLength: 500 },
    reference: { kind: 'string', required: true, unique: true, maxLength: 60, description: "The town's file reference." },
    date: { kind: 'date', required: true },
    paperType: { kind: 'enumeration', vocabulary: paperType, required: true },
    summary: { kind: 'text', localized: true },
    mainFile: { kind: 'media', multiple: false, allowedTypes: ['files'], localized: true },
    auxiliaryFiles: { kind: 'media', multiple: true, allowedTypes: ['files', 'images'], localized: true },
    originatorPersons: { kind: 'relation', target: 'person', cardinality: 'manyToMany', inverse: 'originatedPapers' },
    originatorOrganizations: { kind: 'relation', target: 'organization', cardinality: 'manyToMany', inverse: 'originatedPapers' },
    relatedPapers: { kind: 'relation', target: 'paper', cardinality: 'manyToMany', inverse: 'relatedFrom' },
    superordinatedPaper: { kind: 'relation', target: 'paper', cardinality: 'manyToOne', inverse: 'subordinatedPapers' },
  },
  defaultOrder: [{ field: 'date', direction: 'desc' }],
  uniqueKeys: [['reference']],
  indexes: [['date'], ['paperType', 'date']],
});
