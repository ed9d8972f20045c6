import { defineContentType } from '../../content-type';
import { agendaItemResult } from './vocabularies';

/**
 * OParl AgendaItem; PloneMeeting's item. An item heard in closed session (`public: false`)
 * leaves the town with its title, number, order, meeting and flag only: what was decided on
 * it (result, resolution text and file, decision paper, papers heard, other files, times)
 * stays in the town, on every surface (REST, GraphQL, OParl, calendars, search). A paper
 * adopted in closed session is an entry of its own: keep it unpublished, since linking it to
 * a closed item hides the link, not the paper.
 */
export const agendaItem = defineContentType({
  domain: 'council',
  names: { singular: 'agenda-item', plural: 'agenda-items', display: 'Agenda item' },
  description: "An item on a meeting's agenda, with the decision taken on it.",
  fields: {
    meeting: { kind: 'relation', target: 'meeting', cardinality: 'manyToOne', inverse: 'agendaItems', required: true },
    number: { kind: 'string', maxLength: 20, description: 'As printed on the agenda, e.g. "10.1".' },
    order: { kind: 'integer', required: true, min: 0, description: 'Position on the agenda, from 0.' },
    name: { kind: 'string', required: true, localized: true, maxLength: 500 },
    public: { kind: 'boolean', required: true, default: true, description: 'False for an item heard in closed session.' },
    result: { kind: 'enumeration', vocabulary: agendaItemResult },
    resolutionText: { kind: 'richText', localized: true },
    decision: {
      kind: 'relation',
      target: 'paper',
      cardinality: 'manyToOne',
      inverse: 'decidedInAgendaItems',
      description: 'The decision paper adopted on this item.',
    },
    papers: {
      kind: 'relation',
      target: 'paper',
      cardinality: 'manyToMany',
      inverse: 'agendaItems',
      description: 'The papers heard under this item.',
    },
    resolutionFile: { kind: 'media', multiple: false, allowedTypes: ['files'], localized: true },
    auxiliaryFiles: { kind: 'media', multiple: true, allowedTypes: ['files', 'images'], localized: true },
    start: { kind: 'dateTime' },
    end: { kind: 'dateTime' },
  },
  defaultOrder: [{ field: 'order', direction: 'asc' }],
  uniqueKeys: [],
  indexes: [['order'], ['result']],
  confidentiality: { when: { field: 'public', equals: false }, visible: ['meeting', 'number', 'order', 'name', 'public'] },
});
