import { defineContentType } from '../../content-type';
import { EDITOR_WORDS as W } from '../editor-words';
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
  editor: { name: { fr: 'Point de l’ordre du jour', nl: 'Agendapunt', de: 'Tagesordnungspunkt', en: 'Agenda item' } },
  titleField: 'name',
  fields: {
    meeting: {
      kind: 'relation',
      target: 'meeting',
      cardinality: 'manyToOne',
      inverse: 'agendaItems',
      required: true,
      editor: { label: { fr: 'Séance', nl: 'Vergadering', de: 'Sitzung', en: 'Meeting' } },
      inverseEditor: {
        label: { fr: 'Points de l’ordre du jour', nl: 'Agendapunten', de: 'Tagesordnungspunkte', en: 'Agenda items' },
        help: {
          fr: 'Ajoutez les points depuis chaque point, en choisissant sa séance.',
          nl: 'Voeg punten toe vanuit elk agendapunt, door zijn vergadering te kiezen.',
          de: 'Punkte werden im Tagesordnungspunkt selbst der Sitzung zugeordnet.',
          en: 'Add items from each agenda item, by choosing its meeting.',
        },
      },
    },
    number: {
      kind: 'string',
      maxLength: 20,
      description: 'As printed on the agenda, e.g. "10.1".',
      editor: {
        label: { fr: 'Numéro', nl: 'Nummer', de: 'Nummer', en: 'Number' },
        help: {
          fr: 'Tel qu’imprimé sur l’ordre du jour, par exemple 10.1.',
          nl: 'Zoals gedrukt op de agenda, bijvoorbeeld 10.1.',
          de: 'Wie auf der Tagesordnung gedruckt, zum Beispiel 10.1.',
          en: 'As printed on the agenda, for example 10.1.',
        },
      },
    },
    order: {
      kind: 'integer',
      required: true,
      min: 0,
      description: 'Position on the agenda, from 0.',
      editor: {
        label: { fr: 'Position', nl: 'Volgorde', de: 'Reihenfolge', en: 'Position' },
        help: {
          fr: 'La place du point dans l’ordre du jour : 0 pour le premier, 1 pour le suivant.',
          nl: 'De plaats van het punt op de agenda: 0 voor het eerste, 1 voor het volgende.',
          de: 'Die Stelle des Punktes auf der Tagesordnung: 0 für den ersten, 1 für den nächsten.',
          en: 'Where the item comes on the agenda: 0 for the first, 1 for the next.',
        },
      },
    },
    name: {
      kind: 'string',
      required: true,
      localized: true,
      maxLength: 500,
      editor: { label: { fr: 'Intitulé', nl: 'Titel', de: 'Titel', en: 'Title' } },
    },
    public: {
      kind: 'boolean',
      required: true,
      default: true,
      description: 'False for an item heard in closed session.',
      editor: {
        label: { fr: 'En séance publique', nl: 'In openbare zitting', de: 'In öffentlicher Sitzung', en: 'In public session' },
        help: {
          fr: 'Décochez pour un point à huis clos : seul son intitulé sera publié, pas la décision.',
          nl: 'Vink uit voor een punt met gesloten deuren: alleen de titel wordt gepubliceerd, niet de beslissing.',
          de: 'Für einen nichtöffentlichen Punkt abwählen: nur der Titel wird veröffentlicht, nicht der Beschluss.',
          en: 'Untick for an item heard in closed session: only its title is published, not the decision.',
        },
      },
    },
    result: {
      kind: 'enumeration',
      vocabulary: agendaItemResult,
      editor: { label: { fr: 'Décision', nl: 'Beslissing', de: 'Ergebnis', en: 'Outcome' } },
    },
    resolutionText: {
      kind: 'richText',
      localized: true,
      editor: { label: { fr: 'Texte de la décision', nl: 'Tekst van de beslissing', de: 'Beschlusstext', en: 'Text of the decision' } },
    },
    decision: {
      kind: 'relation',
      target: 'paper',
      cardinality: 'manyToOne',
      inverse: 'decidedInAgendaItems',
      description: 'The decision paper adopted on this item.',
      editor: {
        label: { fr: 'Délibération adoptée', nl: 'Aangenomen besluit', de: 'Angenommener Beschluss', en: 'Decision adopted' },
        help: {
          fr: 'Le document de décision adopté sur ce point.',
          nl: 'Het besluitdocument dat over dit punt werd aangenomen.',
          de: 'Das zu diesem Punkt angenommene Beschlussdokument.',
          en: 'The decision document adopted on this item.',
        },
      },
      inverseEditor: {
        label: {
          fr: 'Adoptée lors des points',
          nl: 'Aangenomen bij agendapunten',
          de: 'Angenommen bei den Punkten',
          en: 'Adopted on agenda items',
        },
      },
    },
    papers: {
      kind: 'relation',
      target: 'paper',
      cardinality: 'manyToMany',
      inverse: 'agendaItems',
      description: 'The papers heard under this item.',
      editor: {
        label: { fr: 'Documents examinés', nl: 'Behandelde stukken', de: 'Behandelte Vorlagen', en: 'Documents discussed' },
      },
      inverseEditor: {
        label: {
          fr: 'Examiné lors des points',
          nl: 'Behandeld bij agendapunten',
          de: 'Behandelt bei den Punkten',
          en: 'Discussed on agenda items',
        },
      },
    },
    resolutionFile: {
      kind: 'media',
      multiple: false,
      allowedTypes: ['files'],
      localized: true,
      editor: { label: { fr: 'Fichier de la décision', nl: 'Bestand van de beslissing', de: 'Beschlussdatei', en: 'Decision file' } },
    },
    auxiliaryFiles: { kind: 'media', multiple: true, allowedTypes: ['files', 'images'], localized: true, editor: W.auxiliaryFiles },
    start: {
      kind: 'dateTime',
      editor: { label: { fr: 'Début de l’examen', nl: 'Begin van de behandeling', de: 'Beginn der Beratung', en: 'Discussion started' } },
    },
    end: {
      kind: 'dateTime',
      editor: { label: { fr: 'Fin de l’examen', nl: 'Einde van de behandeling', de: 'Ende der Beratung', en: 'Discussion ended' } },
    },
  },
  defaultOrder: [{ field: 'order', direction: 'asc' }],
  uniqueKeys: [],
  indexes: [['order'], ['result']],
  confidentiality: { when: { field: 'public', equals: false }, visible: ['meeting', 'number', 'order', 'name', 'public'] },
});
