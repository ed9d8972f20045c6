import { defineContentType } from '../../content-type';
import { EDITOR_WORDS as W } from '../editor-words';
import { meetingState, meetingType } from './vocabularies';

/** OParl Meeting; PloneMeeting's meeting. */
export const meeting = defineContentType({
  domain: 'council',
  names: { singular: 'meeting', plural: 'meetings', display: 'Meeting' },
  description: 'A sitting of the council, the college or a committee, with its agenda and files.',
  editor: { name: { fr: 'Séance', nl: 'Vergadering', de: 'Sitzung', en: 'Meeting' } },
  titleField: 'name',
  fields: {
    name: {
      kind: 'string',
      required: true,
      localized: true,
      maxLength: 300,
      editor: {
        label: W.title.label,
        help: {
          fr: 'Par exemple « Conseil communal du 15 décembre 2026 ».',
          nl: 'Bijvoorbeeld „Gemeenteraad van 15 december 2026”.',
          de: 'Zum Beispiel „Gemeinderat vom 15. Dezember 2026“.',
          en: 'For example “Council meeting of 15 December 2026”.',
        },
      },
    },
    meetingType: {
      kind: 'enumeration',
      vocabulary: meetingType,
      required: true,
      default: 'council',
      editor: { label: { fr: 'Type de séance', nl: 'Soort vergadering', de: 'Art der Sitzung', en: 'Kind of meeting' } },
    },
    meetingState: {
      kind: 'enumeration',
      vocabulary: meetingState,
      required: true,
      default: 'scheduled',
      editor: { label: { fr: 'État', nl: 'Stand', de: 'Stand', en: 'Stage' } },
    },
    cancelled: {
      kind: 'boolean',
      default: false,
      editor: { label: { fr: 'Annulée', nl: 'Geannuleerd', de: 'Abgesagt', en: 'Cancelled' } },
    },
    start: { kind: 'dateTime', required: true, editor: W.start },
    end: { kind: 'dateTime', editor: W.end },
    locationName: {
      kind: 'string',
      localized: true,
      maxLength: 200,
      description: 'The room or building, e.g. "Council chamber, town hall".',
      editor: {
        label: W.locationName.label,
        help: {
          fr: 'La salle ou le bâtiment, par exemple « Salle du conseil, hôtel de ville ».',
          nl: 'De zaal of het gebouw, bijvoorbeeld „Raadzaal, gemeentehuis”.',
          de: 'Der Saal oder das Gebäude, zum Beispiel „Ratssaal, Rathaus“.',
          en: 'The room or building, for example “Council chamber, town hall”.',
        },
      },
    },
    streetAddress: { kind: 'string', maxLength: 200, editor: W.streetAddress },
    postalCode: { kind: 'string', maxLength: 10, editor: W.postalCode },
    locality: { kind: 'string', maxLength: 100, editor: W.locality },
    organizations: {
      kind: 'relation',
      target: 'organization',
      cardinality: 'manyToMany',
      inverse: 'meetings',
      editor: { label: { fr: 'Organes réunis', nl: 'Vergaderende organen', de: 'Tagende Gremien', en: 'Bodies meeting' } },
      inverseEditor: { label: { fr: 'Séances', nl: 'Vergaderingen', de: 'Sitzungen', en: 'Meetings' } },
    },
    invitation: {
      kind: 'media',
      multiple: false,
      allowedTypes: ['files'],
      localized: true,
      editor: { label: { fr: 'Convocation', nl: 'Uitnodiging', de: 'Einladung', en: 'Notice of meeting' } },
    },
    resultsProtocol: {
      kind: 'media',
      multiple: false,
      allowedTypes: ['files'],
      localized: true,
      description: 'The minutes.',
      editor: { label: { fr: 'Procès-verbal', nl: 'Notulen', de: 'Protokoll', en: 'Minutes' } },
    },
    auxiliaryFiles: { kind: 'media', multiple: true, allowedTypes: ['files', 'images'], localized: true, editor: W.auxiliaryFiles },
    livestreamUrl: {
      kind: 'url',
      editor: {
        label: { fr: 'Retransmission en direct', nl: 'Livestream', de: 'Livestream', en: 'Live stream' },
        help: {
          fr: 'L’adresse web où suivre la séance en direct.',
          nl: 'Het webadres waar de vergadering live te volgen is.',
          de: 'Die Webadresse, unter der die Sitzung live zu sehen ist.',
          en: 'The web address where the meeting can be watched live.',
        },
      },
    },
  },
  // An editor publishes the meeting, and its agenda goes live with it (issue 13).
  publishWith: ['agendaItems'],
  defaultOrder: [{ field: 'start', direction: 'desc' }],
  uniqueKeys: [['meetingType', 'start']],
  indexes: [['start'], ['meetingState', 'start']],
});
