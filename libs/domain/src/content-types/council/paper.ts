import { defineContentType } from '../../content-type';
import { EDITOR_WORDS as W } from '../editor-words';
import { paperType } from './vocabularies';

/** OParl Paper: decisions, motions, reports, regulations. */
export const paper = defineContentType({
  domain: 'council',
  names: { singular: 'paper', plural: 'papers', display: 'Paper' },
  description: "A document of the council's work: decision, motion, report, proposal, regulation.",
  editor: { name: { fr: 'Document', nl: 'Stuk', de: 'Vorlage', en: 'Document' } },
  titleField: 'name',
  fields: {
    name: { kind: 'string', required: true, localized: true, maxLength: 500, editor: W.title },
    reference: {
      kind: 'string',
      required: true,
      unique: true,
      maxLength: 60,
      description: "The town's file reference.",
      editor: {
        label: W.reference.label,
        help: {
          fr: 'La référence du dossier à la commune.',
          nl: 'Het dossiernummer bij de gemeente.',
          de: 'Das Aktenzeichen der Gemeinde.',
          en: 'The town’s file reference.',
        },
      },
    },
    date: { kind: 'date', required: true, editor: { label: { fr: 'Date', nl: 'Datum', de: 'Datum', en: 'Date' } } },
    paperType: {
      kind: 'enumeration',
      vocabulary: paperType,
      required: true,
      editor: { label: { fr: 'Type de document', nl: 'Soort stuk', de: 'Art der Vorlage', en: 'Kind of document' } },
    },
    summary: { kind: 'text', localized: true, editor: W.summary },
    mainFile: {
      kind: 'media',
      multiple: false,
      allowedTypes: ['files'],
      localized: true,
      editor: { label: { fr: 'Fichier principal', nl: 'Hoofdbestand', de: 'Hauptdatei', en: 'Main file' } },
    },
    auxiliaryFiles: { kind: 'media', multiple: true, allowedTypes: ['files', 'images'], localized: true, editor: W.auxiliaryFiles },
    originatorPersons: {
      kind: 'relation',
      target: 'person',
      cardinality: 'manyToMany',
      inverse: 'originatedPapers',
      editor: { label: { fr: 'Auteurs (personnes)', nl: 'Indieners (personen)', de: 'Verfasser (Personen)', en: 'Authors (people)' } },
      inverseEditor: {
        label: { fr: 'Documents déposés', nl: 'Ingediende stukken', de: 'Eingebrachte Vorlagen', en: 'Documents authored' },
      },
    },
    originatorOrganizations: {
      kind: 'relation',
      target: 'organization',
      cardinality: 'manyToMany',
      inverse: 'originatedPapers',
      editor: { label: { fr: 'Auteurs (organes)', nl: 'Indieners (organen)', de: 'Verfasser (Gremien)', en: 'Authors (bodies)' } },
      inverseEditor: {
        label: { fr: 'Documents déposés', nl: 'Ingediende stukken', de: 'Eingebrachte Vorlagen', en: 'Documents authored' },
      },
    },
    relatedPapers: {
      kind: 'relation',
      target: 'paper',
      cardinality: 'manyToMany',
      inverse: 'relatedFrom',
      editor: { label: { fr: 'Documents liés', nl: 'Verwante stukken', de: 'Verwandte Vorlagen', en: 'Related documents' } },
      inverseEditor: { label: { fr: 'Cité par', nl: 'Vermeld in', de: 'Erwähnt in', en: 'Referred to by' } },
    },
    superordinatedPaper: {
      kind: 'relation',
      target: 'paper',
      cardinality: 'manyToOne',
      inverse: 'subordinatedPapers',
      editor: {
        label: { fr: 'Document principal', nl: 'Hoofdstuk', de: 'Übergeordnete Vorlage', en: 'Parent document' },
        help: {
          fr: 'Le document dont celui-ci fait partie, par exemple la proposition qu’un amendement modifie.',
          nl: 'Het stuk waarvan dit deel uitmaakt, bijvoorbeeld het voorstel dat een amendement wijzigt.',
          de: 'Die Vorlage, zu der diese gehört, zum Beispiel der Antrag, den eine Änderung betrifft.',
          en: 'The document this one belongs to, for example the proposal an amendment changes.',
        },
      },
      inverseEditor: {
        label: { fr: 'Documents rattachés', nl: 'Onderliggende stukken', de: 'Untergeordnete Vorlagen', en: 'Attached documents' },
      },
    },
  },
  defaultOrder: [{ field: 'date', direction: 'desc' }],
  uniqueKeys: [['reference']],
  indexes: [['date'], ['paperType', 'date']],
});
