import { defineContentType } from '../../content-type';
import { EDITOR_WORDS as W } from '../editor-words';
import { gender } from './vocabularies';

/** OParl Person. Only public office holders: their public role is all that is stored. */
export const person = defineContentType({
  domain: 'council',
  names: { singular: 'person', plural: 'people', display: 'Person' },
  description: 'A holder of public office: councillor, alderman, mayor, president of the social welfare centre.',
  editor: { name: { fr: 'Mandataire', nl: 'Mandataris', de: 'Mandatsträger', en: 'Office holder' } },
  titleField: 'name',
  fields: {
    name: {
      kind: 'string',
      required: true,
      maxLength: 200,
      description: 'The full name as published.',
      editor: {
        label: { fr: 'Nom complet', nl: 'Volledige naam', de: 'Vollständiger Name', en: 'Full name' },
        help: {
          fr: 'Tel qu’il est publié, par exemple « Marie Dupont ».',
          nl: 'Zoals hij gepubliceerd wordt, bijvoorbeeld „Marie Janssens”.',
          de: 'Wie er veröffentlicht wird, zum Beispiel „Marie Schmitz“.',
          en: 'As it is published, for example “Marie Dupont”.',
        },
      },
    },
    familyName: {
      kind: 'string',
      required: true,
      maxLength: 100,
      editor: { label: { fr: 'Nom de famille', nl: 'Familienaam', de: 'Nachname', en: 'Family name' } },
    },
    givenName: { kind: 'string', maxLength: 100, editor: { label: { fr: 'Prénom', nl: 'Voornaam', de: 'Vorname', en: 'Given name' } } },
    formOfAddress: {
      kind: 'string',
      localized: true,
      maxLength: 60,
      editor: { label: { fr: 'Formule d’appel', nl: 'Aanspreekvorm', de: 'Anrede', en: 'Form of address' } },
    },
    affix: {
      kind: 'string',
      maxLength: 60,
      editor: {
        label: { fr: 'Particule', nl: 'Tussenvoegsel', de: 'Namenszusatz', en: 'Name affix' },
        help: {
          fr: 'Par exemple « de » ou « van ».',
          nl: 'Bijvoorbeeld „de” of „van”.',
          de: 'Zum Beispiel „von“.',
          en: 'For example “de” or “van”.',
        },
      },
    },
    title: {
      kind: 'string',
      localized: true,
      maxLength: 100,
      editor: {
        label: { fr: 'Titre', nl: 'Titel', de: 'Titel', en: 'Title' },
        help: { fr: 'Par exemple « Dr ».', nl: 'Bijvoorbeeld „Dr.”.', de: 'Zum Beispiel „Dr.“.', en: 'For example “Dr”.' },
      },
    },
    gender: { kind: 'enumeration', vocabulary: gender, editor: { label: { fr: 'Genre', nl: 'Gender', de: 'Geschlecht', en: 'Gender' } } },
    publicRole: {
      kind: 'string',
      localized: true,
      maxLength: 200,
      description: 'OParl status: the office held, such as "Mayor".',
      editor: {
        label: { fr: 'Fonction publique', nl: 'Openbaar ambt', de: 'Öffentliches Amt', en: 'Office held' },
        help: {
          fr: 'Par exemple « Bourgmestre » ou « Échevine des travaux ».',
          nl: 'Bijvoorbeeld „Burgemeester” of „Schepen van openbare werken”.',
          de: 'Zum Beispiel „Bürgermeister“ oder „Schöffin für öffentliche Arbeiten“.',
          en: 'For example “Mayor” or “Alderwoman for public works”.',
        },
      },
    },
    email: {
      kind: 'email',
      description: 'The office address, never a private one.',
      editor: {
        label: W.email.label,
        help: {
          fr: 'L’adresse de la fonction, jamais une adresse privée.',
          nl: 'Het adres van het ambt, nooit een privéadres.',
          de: 'Die dienstliche Adresse, nie eine private.',
          en: 'The office address, never a private one.',
        },
      },
    },
    phone: {
      kind: 'string',
      maxLength: 40,
      editor: {
        label: W.phone.label,
        help: { fr: 'Le numéro de la fonction.', nl: 'Het nummer van het ambt.', de: 'Die dienstliche Nummer.', en: 'The office number.' },
      },
    },
    image: {
      kind: 'media',
      multiple: false,
      allowedTypes: ['images'],
      editor: { label: { fr: 'Photo', nl: 'Foto', de: 'Foto', en: 'Photo' } },
    },
  },
  defaultOrder: [
    { field: 'familyName', direction: 'asc' },
    { field: 'givenName', direction: 'asc' },
  ],
  uniqueKeys: [['name']],
  indexes: [['familyName']],
});
