import { defineContentType } from '../../content-type';
import { EDITOR_WORDS as W } from '../editor-words';

/** OParl Membership: a person's seat in a body, for a period. */
export const membership = defineContentType({
  domain: 'council',
  names: { singular: 'membership', plural: 'memberships', display: 'Membership' },
  description: "A person's membership of an organization, with the role held and its period.",
  editor: { name: { fr: 'Mandat', nl: 'Mandaat', de: 'Mandat', en: 'Membership' } },
  // Strapi titles an entry by one of its own fields, never by a related one (the person):
  // the role is the only readable one a membership has.
  titleField: 'role',
  fields: {
    person: {
      kind: 'relation',
      target: 'person',
      cardinality: 'manyToOne',
      inverse: 'memberships',
      required: true,
      editor: { label: { fr: 'Personne', nl: 'Persoon', de: 'Person', en: 'Person' } },
      inverseEditor: { label: { fr: 'Mandats', nl: 'Mandaten', de: 'Mandate', en: 'Memberships' } },
    },
    organization: {
      kind: 'relation',
      target: 'organization',
      cardinality: 'manyToOne',
      inverse: 'memberships',
      required: true,
      editor: { label: { fr: 'Organe', nl: 'Orgaan', de: 'Gremium', en: 'Body' } },
      inverseEditor: { label: { fr: 'Membres', nl: 'Leden', de: 'Mitglieder', en: 'Members' } },
    },
    role: {
      kind: 'string',
      localized: true,
      maxLength: 200,
      editor: {
        label: { fr: 'Fonction', nl: 'Functie', de: 'Funktion', en: 'Role' },
        help: {
          fr: 'Par exemple « Conseiller communal » ou « Présidente ».',
          nl: 'Bijvoorbeeld „Gemeenteraadslid” of „Voorzitster”.',
          de: 'Zum Beispiel „Ratsmitglied“ oder „Vorsitzende“.',
          en: 'For example “Councillor” or “Chair”.',
        },
      },
    },
    votingRight: {
      kind: 'boolean',
      default: true,
      editor: { label: { fr: 'Droit de vote', nl: 'Stemrecht', de: 'Stimmrecht', en: 'May vote' } },
    },
    startDate: { kind: 'date', editor: W.startDate },
    endDate: { kind: 'date', editor: W.endDate },
    onBehalfOf: {
      kind: 'relation',
      target: 'organization',
      cardinality: 'manyToOne',
      inverse: 'membershipsOnBehalf',
      description: 'The party or group the person sits for.',
      editor: {
        label: { fr: 'Au nom de', nl: 'Namens', de: 'Für', en: 'On behalf of' },
        help: {
          fr: 'Le parti ou le groupe politique pour lequel la personne siège.',
          nl: 'De partij of fractie waarvoor de persoon zetelt.',
          de: 'Die Partei oder Fraktion, für die die Person sitzt.',
          en: 'The party or political group the person sits for.',
        },
      },
      inverseEditor: {
        label: {
          fr: 'Mandats en son nom',
          nl: 'Mandaten namens dit orgaan',
          de: 'Mandate für dieses Gremium',
          en: 'Memberships on its behalf',
        },
      },
    },
  },
  defaultOrder: [{ field: 'startDate', direction: 'desc' }],
  uniqueKeys: [],
  indexes: [['startDate'], ['endDate']],
});
