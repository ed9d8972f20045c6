import { defineVocabulary } from '../define-vocabulary';
import type { ValueType } from '../field';

export const dayOfWeek = defineVocabulary('DayOfWeek', 'A day of the week (schema.org DayOfWeek).', {
  monday: { en: 'Monday', fr: 'Lundi', nl: 'Maandag', de: 'Montag' },
  tuesday: { en: 'Tuesday', fr: 'Mardi', nl: 'Dinsdag', de: 'Dienstag' },
  wednesday: { en: 'Wednesday', fr: 'Mercredi', nl: 'Woensdag', de: 'Mittwoch' },
  thursday: { en: 'Thursday', fr: 'Jeudi', nl: 'Donderdag', de: 'Donnerstag' },
  friday: { en: 'Friday', fr: 'Vendredi', nl: 'Vrijdag', de: 'Freitag' },
  saturday: { en: 'Saturday', fr: 'Samedi', nl: 'Zaterdag', de: 'Samstag' },
  sunday: { en: 'Sunday', fr: 'Dimanche', nl: 'Zondag', de: 'Sonntag' },
});

/**
 * schema.org OpeningHoursSpecification. A closure is a specification with `closed` set
 * and a validity period, so exceptional closures need no second structure.
 */
export const openingHoursSpecification: ValueType = {
  name: 'OpeningHoursSpecification',
  description: 'When a place is open: days, hours, and the period the rule applies to.',
  fields: {
    dayOfWeek: { kind: 'enumerationList', vocabulary: dayOfWeek, required: true },
    opens: { kind: 'time' },
    closes: { kind: 'time' },
    closed: { kind: 'boolean', default: false, description: 'True for an exceptional closure over the validity period.' },
    validFrom: { kind: 'date' },
    validThrough: { kind: 'date' },
  },
};
