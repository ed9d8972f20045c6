import { defineVocabulary } from '../../define-vocabulary';

/** OParl organizationType, with iMio's kinds of body. */
export const organizationType = defineVocabulary('OrganizationType', 'The kind of body.', {
  council: { en: 'Council', fr: 'Conseil', nl: 'Raad', de: 'Rat' },
  college: {
    en: 'College of mayor and aldermen',
    fr: 'Collège communal',
    nl: 'College van burgemeester en schepenen',
    de: 'Gemeindekollegium',
  },
  committee: { en: 'Committee', fr: 'Commission', nl: 'Commissie', de: 'Ausschuss' },
  party: { en: 'Party', fr: 'Parti', nl: 'Partij', de: 'Partei' },
  faction: { en: 'Political group', fr: 'Groupe politique', nl: 'Fractie', de: 'Fraktion' },
  administration: { en: 'Administrative department', fr: 'Service administratif', nl: 'Administratie', de: 'Verwaltungsbereich' },
  externalBody: { en: 'External body', fr: 'Organe externe', nl: 'Extern orgaan', de: 'Externes Gremium' },
  institution: { en: 'Institution', fr: 'Institution', nl: 'Instelling', de: 'Institution' },
  other: { en: 'Other', fr: 'Autre', nl: 'Andere', de: 'Sonstiges' },
});

/** OParl meetingState; cancellation is its own flag, as in OParl. */
export const meetingState = defineVocabulary('MeetingState', 'Where a meeting stands.', {
  scheduled: { en: 'Scheduled', fr: 'Planifiée', nl: 'Gepland', de: 'Terminiert' },
  invited: { en: 'Invitations sent', fr: 'Convoquée', nl: 'Bijeengeroepen', de: 'Eingeladen' },
  held: { en: 'Held', fr: 'Tenue', nl: 'Gehouden', de: 'Durchgeführt' },
});

/** iMio: council, college, general assembly. */
export const meetingType = defineVocabulary('MeetingType', 'The kind of sitting.', {
  council: { en: 'Council meeting', fr: 'Conseil communal', nl: 'Gemeenteraad', de: 'Gemeinderatssitzung' },
  college: { en: 'College meeting', fr: 'Collège communal', nl: 'Schepencollege', de: 'Kollegiumssitzung' },
  committee: { en: 'Committee meeting', fr: 'Commission', nl: 'Commissie', de: 'Ausschusssitzung' },
  generalAssembly: { en: 'General assembly', fr: 'Assemblée générale', nl: 'Algemene vergadering', de: 'Generalversammlung' },
  other: { en: 'Other', fr: 'Autre', nl: 'Andere', de: 'Sonstige' },
});

/** PloneMeeting's decided states. */
export const agendaItemResult = defineVocabulary('AgendaItemResult', 'What the body decided on an item.', {
  accepted: { en: 'Accepted', fr: 'Approuvé', nl: 'Goedgekeurd', de: 'Angenommen' },
  acceptedModified: {
    en: 'Accepted with changes',
    fr: 'Approuvé moyennant modifications',
    nl: 'Goedgekeurd met wijzigingen',
    de: 'Mit Änderungen angenommen',
  },
  refused: { en: 'Refused', fr: 'Refusé', nl: 'Verworpen', de: 'Abgelehnt' },
  postponed: { en: 'Postponed', fr: 'Reporté', nl: 'Uitgesteld', de: 'Vertagt' },
  delayed: { en: 'Delayed', fr: 'Ajourné', nl: 'Verdaagd', de: 'Zurückgestellt' },
  withdrawn: { en: 'Withdrawn', fr: 'Retiré', nl: 'Ingetrokken', de: 'Zurückgezogen' },
  transferred: { en: 'Transferred', fr: 'Transféré', nl: 'Doorverwezen', de: 'Überwiesen' },
  informationOnly: { en: 'For information', fr: 'Pour information', nl: 'Ter kennisname', de: 'Zur Kenntnisnahme' },
});

export const paperType = defineVocabulary('PaperType', 'The kind of paper.', {
  decision: { en: 'Decision', fr: 'Délibération', nl: 'Besluit', de: 'Beschluss' },
  motion: { en: 'Motion', fr: 'Motion', nl: 'Motie', de: 'Antrag' },
  report: { en: 'Report', fr: 'Rapport', nl: 'Verslag', de: 'Bericht' },
  proposal: { en: 'Proposal', fr: 'Proposition', nl: 'Voorstel', de: 'Vorlage' },
  question: { en: 'Question', fr: 'Question', nl: 'Vraag', de: 'Anfrage' },
  answer: { en: 'Answer', fr: 'Réponse', nl: 'Antwoord', de: 'Antwort' },
  regulation: { en: 'Regulation', fr: 'Règlement', nl: 'Reglement', de: 'Verordnung' },
  ordinance: { en: 'Police ordinance', fr: 'Ordonnance de police', nl: 'Politieverordening', de: 'Polizeiverordnung' },
  other: { en: 'Other', fr: 'Autre', nl: 'Andere', de: 'Sonstiges' },
});

export const gender = defineVocabulary('Gender', 'As the person states it (OParl gender).', {
  female: { en: 'Female', fr: 'Femme', nl: 'Vrouw', de: 'Weiblich' },
  male: { en: 'Male', fr: 'Homme', nl: 'Man', de: 'Männlich' },
  other: { en: 'Other', fr: 'Autre', nl: 'Andere', de: 'Divers' },
});
