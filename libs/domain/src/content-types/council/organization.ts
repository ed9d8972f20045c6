import { defineContentType } from '../../content-type';
import { EDITOR_WORDS as W } from '../editor-words';
import { organizationType } from './vocabularies';

/** OParl Organization: the council, the college, committees, parties and groups. */
export const organization = defineContentType({
  domain: 'council',
  names: { singular: 'organization', plural: 'organizations', display: 'Organization' },
  description: 'A body of the town: council, college of mayor and aldermen, committee, party or political group.',
  editor: { name: { fr: 'Organe', nl: 'Orgaan', de: 'Gremium', en: 'Body' } },
  titleField: 'name',
  fields: {
    name: { kind: 'string', required: true, localized: true, maxLength: 300, editor: W.name },
    shortName: {
      kind: 'string',
      localized: true,
      maxLength: 60,
      editor: { label: { fr: 'Nom court', nl: 'Korte naam', de: 'Kurzname', en: 'Short name' } },
    },
    organizationType: {
      kind: 'enumeration',
      vocabulary: organizationType,
      required: true,
      editor: { label: { fr: 'Type d’organe', nl: 'Soort orgaan', de: 'Art des Gremiums', en: 'Kind of body' } },
    },
    classification: {
      kind: 'string',
      localized: true,
      maxLength: 200,
      description: "A finer kind, in the town's words.",
      editor: {
        label: { fr: 'Catégorie', nl: 'Categorie', de: 'Kategorie', en: 'Category' },
        help: {
          fr: 'Une précision, dans les mots de la commune.',
          nl: 'Een nadere omschrijving, in de woorden van de gemeente.',
          de: 'Eine genauere Angabe, in den Worten der Gemeinde.',
          en: 'A finer kind, in the town’s own words.',
        },
      },
    },
    startDate: { kind: 'date', editor: W.startDate },
    endDate: { kind: 'date', editor: W.endDate },
    website: { kind: 'url', editor: W.website },
    subOrganizationOf: {
      kind: 'relation',
      target: 'organization',
      cardinality: 'manyToOne',
      inverse: 'subOrganizations',
      editor: { label: { fr: 'Fait partie de', nl: 'Maakt deel uit van', de: 'Gehört zu', en: 'Part of' } },
      inverseEditor: { label: { fr: 'Organes qui en font partie', nl: 'Onderdelen', de: 'Untergremien', en: 'Bodies within it' } },
    },
  },
  defaultOrder: [{ field: 'name', direction: 'asc' }],
  uniqueKeys: [['organizationType', 'name']],
  indexes: [['organizationType']],
});
