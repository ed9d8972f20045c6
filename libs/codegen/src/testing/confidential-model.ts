import { defineContentType, resolveModel } from '@communes/domain';
import { colour } from './kitchen-sink-model';

const base = { domain: 'council', defaultOrder: [], uniqueKeys: [], indexes: [] } as const;

/** A type with a confidentiality rule, and the types on both sides of its relations, for generator tests. */
export const hearing = defineContentType({
  ...base,
  names: { singular: 'hearing', plural: 'hearings', display: 'Hearing' },
  description: 'A hearing.',
  fields: {
    sitting: { kind: 'relation', target: 'sitting', cardinality: 'manyToOne', inverse: 'hearings' },
    name: { kind: 'string', localized: true },
    public: { kind: 'boolean', default: true },
    verdict: { kind: 'enumeration', vocabulary: colour, description: 'What was decided.' },
    heardAt: { kind: 'dateTime' },
    files: { kind: 'media', multiple: true, allowedTypes: ['files'] },
    dossiers: { kind: 'relation', target: 'dossier', cardinality: 'manyToMany', inverse: 'hearings' },
  },
  defaultOrder: [{ field: 'name', direction: 'asc' }],
  confidentiality: { when: { field: 'public', equals: false }, visible: ['sitting', 'name', 'public'] },
});

const sitting = defineContentType({
  ...base,
  names: { singular: 'sitting', plural: 'sittings', display: 'Sitting' },
  description: 'A sitting.',
  fields: { name: { kind: 'string' } },
});
const dossier = defineContentType({
  ...base,
  names: { singular: 'dossier', plural: 'dossiers', display: 'Dossier' },
  description: 'A dossier.',
  fields: { name: { kind: 'string' } },
});

export const confidentialModel = resolveModel([hearing, sitting, dossier]);
