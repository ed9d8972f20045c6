import { defineContentType } from '../../content-type';
import { defineVocabulary } from '../../define-vocabulary';
import { EDITOR_WORDS as W } from '../editor-words';

export const requestStatus = defineVocabulary('RequestStatus', 'Open311 request status.', {
  open: { en: 'Open', fr: 'Ouverte', nl: 'Open', de: 'Offen' },
  closed: { en: 'Closed', fr: 'Clôturée', nl: 'Gesloten', de: 'Geschlossen' },
});

/**
 * Open311 service request. The requester's contact details are stored for the town's
 * staff and never served: Open311's read responses define no field for them.
 */
export const serviceRequest = defineContentType({
  domain: 'requests',
  names: { singular: 'service-request', plural: 'service-requests', display: 'Service request' },
  description: "A citizen's report of an issue in public space (Open311 request).",
  editor: { name: { fr: 'Signalement', nl: 'Melding', de: 'Meldung', en: 'Report' } },
  // What the citizen wrote is the only readable text every request has.
  titleField: 'description',
  fields: {
    serviceType: {
      kind: 'relation',
      target: 'service-type',
      cardinality: 'manyToOne',
      inverse: 'serviceRequests',
      required: true,
      editor: { label: { fr: 'Type de signalement', nl: 'Soort melding', de: 'Art der Meldung', en: 'Kind of report' } },
      inverseEditor: {
        label: { fr: 'Signalements reçus', nl: 'Ontvangen meldingen', de: 'Eingegangene Meldungen', en: 'Reports received' },
      },
    },
    requestStatus: {
      kind: 'enumeration',
      vocabulary: requestStatus,
      required: true,
      default: 'open',
      editor: { label: { fr: 'Statut', nl: 'Status', de: 'Status', en: 'Status' } },
    },
    statusNotes: {
      kind: 'text',
      maxLength: 2000,
      editor: {
        label: { fr: 'Suivi pour le citoyen', nl: 'Opvolging voor de burger', de: 'Rückmeldung an die Bürger', en: 'Progress note' },
        help: {
          fr: 'Ce qui a été fait ; le citoyen peut le lire.',
          nl: 'Wat er gedaan is; de burger kan dit lezen.',
          de: 'Was getan wurde; die Bürger können es lesen.',
          en: 'What has been done; the citizen can read it.',
        },
      },
    },
    description: {
      kind: 'text',
      maxLength: 4000,
      editor: {
        label: {
          fr: 'Description du citoyen',
          nl: 'Beschrijving van de burger',
          de: 'Beschreibung der Bürger',
          en: 'What the citizen wrote',
        },
      },
    },
    agencyResponsible: {
      kind: 'string',
      maxLength: 200,
      editor: { label: { fr: 'Service chargé', nl: 'Verantwoordelijke dienst', de: 'Zuständige Stelle', en: 'Department in charge' } },
    },
    serviceNotice: {
      kind: 'string',
      maxLength: 500,
      editor: {
        label: { fr: 'Avis du service', nl: 'Mededeling van de dienst', de: 'Hinweis der Stelle', en: 'Notice from the department' },
      },
    },
    address: { kind: 'string', maxLength: 300, editor: { label: { fr: 'Adresse', nl: 'Adres', de: 'Adresse', en: 'Address' } } },
    addressId: {
      kind: 'string',
      maxLength: 100,
      editor: {
        label: { fr: 'Identifiant de l’adresse', nl: 'Adrescode', de: 'Adresskennung', en: 'Address identifier' },
        help: {
          fr: 'L’identifiant de l’adresse dans le registre des adresses, s’il est connu.',
          nl: 'De code van het adres in het adressenregister, indien gekend.',
          de: 'Die Kennung der Adresse im Adressregister, falls bekannt.',
          en: 'The address’s identifier in the address register, when known.',
        },
      },
    },
    zipcode: { kind: 'string', maxLength: 10, editor: W.postalCode },
    geo: { kind: 'geoPoint', editor: W.geo },
    media: {
      kind: 'media',
      multiple: true,
      allowedTypes: ['images'],
      editor: { label: { fr: 'Photos', nl: 'Foto’s', de: 'Fotos', en: 'Photos' } },
    },
    attributeValues: {
      kind: 'json',
      description: "Answers to the service type's attributes, by attribute code.",
      editor: {
        label: {
          fr: 'Réponses aux questions',
          nl: 'Antwoorden op de vragen',
          de: 'Antworten auf die Fragen',
          en: 'Answers to the questions',
        },
        help: {
          fr: 'Les réponses du citoyen aux questions de ce type de signalement.',
          nl: 'De antwoorden van de burger op de vragen van deze soort melding.',
          de: 'Die Antworten der Bürger auf die Fragen dieser Art von Meldung.',
          en: 'The citizen’s answers to the questions of this kind of report.',
        },
      },
    },
    requestedAt: {
      kind: 'dateTime',
      required: true,
      editor: { label: { fr: 'Reçu le', nl: 'Ontvangen op', de: 'Eingegangen am', en: 'Received on' } },
    },
    statusChangedAt: {
      kind: 'dateTime',
      description: 'Open311 updated_datetime.',
      editor: { label: { fr: 'Statut modifié le', nl: 'Status gewijzigd op', de: 'Status geändert am', en: 'Status changed on' } },
    },
    expectedAt: {
      kind: 'dateTime',
      editor: { label: { fr: 'Traitement prévu le', nl: 'Verwachte afhandeling', de: 'Erledigung erwartet am', en: 'Expected by' } },
    },
    requesterFirstName: {
      kind: 'string',
      private: true,
      maxLength: 100,
      editor: {
        label: { fr: 'Prénom du citoyen', nl: 'Voornaam van de burger', de: 'Vorname der meldenden Person', en: 'Citizen’s first name' },
      },
    },
    requesterLastName: {
      kind: 'string',
      private: true,
      maxLength: 100,
      editor: { label: { fr: 'Nom du citoyen', nl: 'Naam van de burger', de: 'Nachname der meldenden Person', en: 'Citizen’s last name' } },
    },
    requesterEmail: {
      kind: 'email',
      private: true,
      editor: { label: { fr: 'E-mail du citoyen', nl: 'E-mail van de burger', de: 'E-Mail der meldenden Person', en: 'Citizen’s e-mail' } },
    },
    requesterPhone: {
      kind: 'string',
      private: true,
      maxLength: 40,
      editor: {
        label: { fr: 'Téléphone du citoyen', nl: 'Telefoon van de burger', de: 'Telefon der meldenden Person', en: 'Citizen’s phone' },
      },
    },
    deviceId: {
      kind: 'string',
      private: true,
      maxLength: 200,
      editor: { label: { fr: 'Appareil d’envoi', nl: 'Verzendend toestel', de: 'Sendendes Gerät', en: 'Sending device' } },
    },
    accountId: {
      kind: 'string',
      private: true,
      maxLength: 200,
      editor: {
        label: { fr: 'Compte du citoyen', nl: 'Account van de burger', de: 'Konto der meldenden Person', en: 'Citizen’s account' },
      },
    },
  },
  defaultOrder: [{ field: 'requestedAt', direction: 'desc' }],
  uniqueKeys: [],
  indexes: [['requestedAt'], ['requestStatus', 'requestedAt'], ['geo']],
});
