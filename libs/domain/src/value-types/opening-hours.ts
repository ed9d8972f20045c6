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
    dayOfWeek: {
      kind: 'enumerationList',
      vocabulary: dayOfWeek,
      required: true,
      editor: { label: { fr: 'Jours', nl: 'Dagen', de: 'Tage', en: 'Days' } },
    },
    opens: { kind: 'time', editor: { label: { fr: 'Ouvre à', nl: 'Opent om', de: 'Öffnet um', en: 'Opens at' } } },
    closes: { kind: 'time', editor: { label: { fr: 'Ferme à', nl: 'Sluit om', de: 'Schließt um', en: 'Closes at' } } },
    closed: {
      kind: 'boolean',
      default: false,
      description: 'True for an exceptional closure over the validity period.',
      editor: {
        label: {
          fr: 'Fermeture exceptionnelle',
          nl: 'Uitzonderlijk gesloten',
          de: 'Ausnahmsweise geschlossen',
          en: 'Exceptionally closed',
        },
        help: {
          fr: 'Cochez pour une fermeture pendant la période indiquée (congés, jours fériés).',
          nl: 'Vink aan voor een sluiting in de aangegeven periode (vakantie, feestdagen).',
          de: 'Für eine Schließung im angegebenen Zeitraum ankreuzen (Urlaub, Feiertage).',
          en: 'Tick for a closure over the period given (holidays, bank holidays).',
        },
      },
    },
    validFrom: { kind: 'date', editor: { label: { fr: 'À partir du', nl: 'Vanaf', de: 'Ab', en: 'From' } } },
    validThrough: { kind: 'date', editor: { label: { fr: 'Jusqu’au', nl: 'Tot en met', de: 'Bis', en: 'Until' } } },
  },
};
