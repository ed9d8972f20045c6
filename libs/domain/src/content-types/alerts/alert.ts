import { defineContentType } from '../../content-type';
import { defineVocabulary } from '../../define-vocabulary';
import { link } from '../../value-types/link';
import { EDITOR_WORDS as W } from '../editor-words';

export const alertSeverity = defineVocabulary('AlertSeverity', 'How urgent an alert is (LocalGov Drupal alert banner).', {
  announcement: { en: 'Announcement', fr: 'Annonce', nl: 'Mededeling', de: 'Mitteilung' },
  minor: { en: 'Minor disruption', fr: 'Perturbation mineure', nl: 'Kleine hinder', de: 'Geringe Störung' },
  major: { en: 'Major disruption', fr: 'Perturbation majeure', nl: 'Grote hinder', de: 'Große Störung' },
  emergency: { en: 'Emergency', fr: 'Urgence', nl: 'Noodsituatie', de: 'Notfall' },
});

/** LocalGov Drupal's alert banner: a site-wide urgent notice. */
export const alert = defineContentType({
  domain: 'alerts',
  names: { singular: 'alert', plural: 'alerts', display: 'Alert' },
  description: "An urgent notice shown across the town's sites for a period: road closures, storms, water cuts.",
  editor: { name: { fr: 'Alerte', nl: 'Waarschuwing', de: 'Warnung', en: 'Alert' } },
  titleField: 'title',
  fields: {
    title: { kind: 'string', required: true, localized: true, maxLength: 200, editor: W.title },
    message: {
      kind: 'text',
      required: true,
      localized: true,
      maxLength: 2000,
      editor: { label: { fr: 'Message', nl: 'Bericht', de: 'Nachricht', en: 'Message' } },
    },
    severity: {
      kind: 'enumeration',
      vocabulary: alertSeverity,
      required: true,
      default: 'announcement',
      editor: { label: { fr: 'Gravité', nl: 'Ernst', de: 'Dringlichkeit', en: 'Severity' } },
    },
    start: {
      kind: 'dateTime',
      required: true,
      editor: {
        label: { fr: 'Affichée à partir de', nl: 'Getoond vanaf', de: 'Angezeigt ab', en: 'Shown from' },
      },
    },
    end: {
      kind: 'dateTime',
      editor: {
        label: { fr: 'Affichée jusqu’au', nl: 'Getoond tot', de: 'Angezeigt bis', en: 'Shown until' },
        help: {
          fr: 'Laisser vide pour l’afficher jusqu’à nouvel ordre.',
          nl: 'Leeg laten om ze tot nader order te tonen.',
          de: 'Leer lassen, um sie bis auf Weiteres anzuzeigen.',
          en: 'Leave empty to show it until further notice.',
        },
      },
    },
    link: {
      kind: 'struct',
      valueType: link,
      list: false,
      localized: true,
      editor: {
        label: {
          fr: 'Lien pour en savoir plus',
          nl: 'Link voor meer informatie',
          de: 'Link für mehr Informationen',
          en: 'Link to read more',
        },
      },
    },
  },
  defaultOrder: [{ field: 'start', direction: 'desc' }],
  uniqueKeys: [],
  indexes: [['start'], ['end']],
});
