import { defineVocabulary } from '../../define-vocabulary';

/** schema.org EventStatusType. */
export const eventStatus = defineVocabulary('EventStatus', 'Whether an event goes ahead.', {
  scheduled: { en: 'Scheduled', fr: 'Prévu', nl: 'Gepland', de: 'Geplant' },
  cancelled: { en: 'Cancelled', fr: 'Annulé', nl: 'Geannuleerd', de: 'Abgesagt' },
  postponed: { en: 'Postponed', fr: 'Reporté', nl: 'Uitgesteld', de: 'Verschoben' },
  rescheduled: { en: 'Rescheduled', fr: 'Reprogrammé', nl: 'Verplaatst', de: 'Neu angesetzt' },
  movedOnline: { en: 'Moved online', fr: 'En ligne', nl: 'Online verplaatst', de: 'Online verlegt' },
});

/** schema.org EventAttendanceModeEnumeration. */
export const attendanceMode = defineVocabulary('AttendanceMode', 'Where people attend.', {
  offline: { en: 'In person', fr: 'Sur place', nl: 'Ter plaatse', de: 'Vor Ort' },
  online: { en: 'Online', fr: 'En ligne', nl: 'Online', de: 'Online' },
  mixed: { en: 'In person and online', fr: 'Sur place et en ligne', nl: 'Ter plaatse en online', de: 'Vor Ort und online' },
});

export const eventCategory = defineVocabulary('EventCategory', 'The kind of event.', {
  concert: { en: 'Concert', fr: 'Concert', nl: 'Concert', de: 'Konzert' },
  exhibition: { en: 'Exhibition', fr: 'Exposition', nl: 'Tentoonstelling', de: 'Ausstellung' },
  theatre: { en: 'Theatre', fr: 'Théâtre', nl: 'Theater', de: 'Theater' },
  cinema: { en: 'Cinema', fr: 'Cinéma', nl: 'Film', de: 'Kino' },
  conference: { en: 'Talk or conference', fr: 'Conférence', nl: 'Lezing', de: 'Vortrag' },
  workshop: { en: 'Workshop', fr: 'Atelier', nl: 'Workshop', de: 'Workshop' },
  sport: { en: 'Sport', fr: 'Sport', nl: 'Sport', de: 'Sport' },
  market: { en: 'Market or fair', fr: 'Marché ou foire', nl: 'Markt of beurs', de: 'Markt oder Messe' },
  festival: { en: 'Festival', fr: 'Festival', nl: 'Festival', de: 'Fest' },
  ceremony: { en: 'Ceremony', fr: 'Cérémonie', nl: 'Plechtigheid', de: 'Zeremonie' },
  guidedTour: { en: 'Guided tour', fr: 'Visite guidée', nl: 'Rondleiding', de: 'Führung' },
  childrenActivity: { en: 'For children', fr: 'Activité pour enfants', nl: 'Kinderactiviteit', de: 'Kinderaktivität' },
  other: { en: 'Other', fr: 'Autre', nl: 'Andere', de: 'Sonstiges' },
});
