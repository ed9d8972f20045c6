import { defineContentType } from '../../content-type';
import { defineVocabulary } from '../../define-vocabulary';
import { link } from '../../value-types/link';

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
  fields: {
    title: { kind: 'string', required: true, localized: true, maxLength: 200 },
    message: { kind: 'text', required: true, localized: true, maxLength: 2000 },
    severity: { kind: 'enumeration', vocabulary: alertSeverity, required: true, default: 'announcement' },
    start: { kind: 'dateTime', required: true },
    end: { kind: 'dateTime' },
    link: { kind: 'struct', valueType: link, list: false, localized: true },
  },
  defaultOrder: [{ field: 'start', direction: 'desc' }],
  uniqueKeys: [],
  indexes: [['start'], ['end']],
});
