// Generated from libs/domain by `npm run generate`: do not edit.
/** Each Communes type's name per admin language, keyed by its name in Strapi's schema. */
export default {
  "fr": {
    "Council · Agenda item": "Conseil · Point de l’ordre du jour",
    "Council · Meeting": "Conseil · Séance",
    "Council · Membership": "Conseil · Mandat",
    "Council · Body": "Conseil · Organe",
    "Council · Document": "Conseil · Document",
    "Council · Office holder": "Conseil · Mandataire",
    "Services · Public service": "Services · Démarche",
    "Events · Event": "Agenda · Événement",
    "News · News item": "Actualités · Actualité",
    "Directory · Place or department": "Annuaire · Lieu ou service",
    "Planning · Planning application": "Urbanisme · Demande de permis",
    "Reports · Report": "Signalements · Signalement",
    "Reports · Kind of report": "Signalements · Type de signalement",
    "Alerts · Alert": "Alertes · Alerte"
  },
  "nl": {
    "Council · Agenda item": "Raad · Agendapunt",
    "Council · Meeting": "Raad · Vergadering",
    "Council · Membership": "Raad · Mandaat",
    "Council · Body": "Raad · Orgaan",
    "Council · Document": "Raad · Stuk",
    "Council · Office holder": "Raad · Mandataris",
    "Services · Public service": "Diensten · Dienstverlening",
    "Events · Event": "Agenda · Evenement",
    "News · News item": "Nieuws · Nieuwsbericht",
    "Directory · Place or department": "Adresboek · Plaats of dienst",
    "Planning · Planning application": "Stedenbouw · Vergunningsaanvraag",
    "Reports · Report": "Meldingen · Melding",
    "Reports · Kind of report": "Meldingen · Soort melding",
    "Alerts · Alert": "Waarschuwingen · Waarschuwing"
  },
  "de": {
    "Council · Agenda item": "Rat · Tagesordnungspunkt",
    "Council · Meeting": "Rat · Sitzung",
    "Council · Membership": "Rat · Mandat",
    "Council · Body": "Rat · Gremium",
    "Council · Document": "Rat · Vorlage",
    "Council · Office holder": "Rat · Mandatsträger",
    "Services · Public service": "Dienstleistungen · Dienstleistung",
    "Events · Event": "Veranstaltungen · Veranstaltung",
    "News · News item": "Nachrichten · Nachricht",
    "Directory · Place or department": "Verzeichnis · Ort oder Dienststelle",
    "Planning · Planning application": "Städtebau · Genehmigungsantrag",
    "Reports · Report": "Meldungen · Meldung",
    "Reports · Kind of report": "Meldungen · Art der Meldung",
    "Alerts · Alert": "Warnungen · Warnung"
  },
  "en": {
    "Council · Agenda item": "Council · Agenda item",
    "Council · Meeting": "Council · Meeting",
    "Council · Membership": "Council · Membership",
    "Council · Body": "Council · Body",
    "Council · Document": "Council · Document",
    "Council · Office holder": "Council · Office holder",
    "Services · Public service": "Services · Public service",
    "Events · Event": "Events · Event",
    "News · News item": "News · News item",
    "Directory · Place or department": "Directory · Place or department",
    "Planning · Planning application": "Planning · Planning application",
    "Reports · Report": "Reports · Report",
    "Reports · Kind of report": "Reports · Kind of report",
    "Alerts · Alert": "Alerts · Alert"
  }
};
