import type { Text } from '../seed-record';

type Service = [code: string, name: Text, topic: string, lifeEvent: string | null, cost: number | null, days: number];

/** A town's usual services (CPSV-AP); the seeder derives variants of each. */
export const SERVICES: Service[] = [
  ['identity-card', { en: 'Electronic identity card', fr: "Carte d'identité électronique", de: 'Elektronischer Personalausweis', nl: 'Elektronische identiteitskaart' }, 'citizenship', null, 20.3, 21],
  ['kids-id', { en: 'Kids-ID for children under 12', fr: 'Kids-ID pour les enfants de moins de 12 ans', de: 'Kids-ID für Kinder unter 12 Jahren', nl: 'Kids-ID voor kinderen jonger dan 12 jaar' }, 'citizenship', 'havingAChild', 7.8, 21],
  ['passport', { en: 'Passport', fr: 'Passeport', de: 'Reisepass', nl: 'Paspoort' }, 'citizenship', 'travellingAbroad', 75, 10],
  ['driving-licence', { en: 'Driving licence', fr: 'Permis de conduire', de: 'Führerschein', nl: 'Rijbewijs' }, 'mobility', 'owningAVehicle', 25, 7],
  ['international-driving-permit', { en: 'International driving permit', fr: 'Permis de conduire international', de: 'Internationaler Führerschein', nl: 'Internationaal rijbewijs' }, 'mobility', 'travellingAbroad', 16, 1],
  ['change-of-address', { en: 'Change of address', fr: "Changement d'adresse", de: 'Adressänderung', nl: 'Adreswijziging' }, 'citizenship', 'movingHouse', null, 15],
  ['birth-declaration', { en: 'Declaring a birth', fr: 'Déclaration de naissance', de: 'Geburtsanzeige', nl: 'Aangifte van geboorte' }, 'citizenship', 'havingAChild', null, 1],
  ['marriage', { en: 'Getting married', fr: 'Mariage', de: 'Eheschließung', nl: 'Huwelijk' }, 'citizenship', 'marriageAndPartnership', 50, 30],
  ['legal-cohabitation', { en: 'Legal cohabitation', fr: 'Cohabitation légale', de: 'Gesetzliches Zusammenwohnen', nl: 'Wettelijke samenwoning' }, 'citizenship', 'marriageAndPartnership', 20, 7],
  ['death-declaration', { en: 'Declaring a death', fr: 'Déclaration de décès', de: 'Sterbefallanzeige', nl: 'Aangifte van overlijden' }, 'citizenship', 'death', null, 1],
  ['burial-plot', { en: 'Burial plot concession', fr: 'Concession de sépulture', de: 'Grabkonzession', nl: 'Grafconcessie' }, 'territoryAndPublicSpace', 'death', 500, 30],
  ['certificate-of-residence', { en: 'Certificate of residence', fr: 'Certificat de résidence', de: 'Wohnsitzbescheinigung', nl: 'Bewijs van woonst' }, 'citizenship', 'movingHouse', 5, 1],
  ['certificate-of-good-conduct', { en: 'Certificate of good conduct', fr: 'Extrait de casier judiciaire', de: 'Auszug aus dem Strafregister', nl: 'Uittreksel uit het strafregister' }, 'citizenship', 'findingAJob', null, 3],
  ['building-permit', { en: 'Building permit', fr: "Permis d'urbanisme", de: 'Städtebaugenehmigung', nl: 'Omgevingsvergunning voor bouwen' }, 'habitatAndTownPlanning', 'building', 100, 75],
  ['planning-information', { en: 'Planning information on a property', fr: "Renseignements urbanistiques", de: 'Städtebauliche Auskünfte', nl: 'Stedenbouwkundige inlichtingen' }, 'habitatAndTownPlanning', 'building', 60, 30],
  ['environment-declaration', { en: 'Environment declaration', fr: "Déclaration environnementale", de: 'Umwelterklärung', nl: 'Milieumelding' }, 'environment', 'startingABusiness', 25, 15],
  ['street-occupation', { en: 'Occupying the street for works', fr: "Occupation de la voirie pour travaux", de: 'Nutzung der öffentlichen Straße für Arbeiten', nl: 'Inname van de openbare weg voor werken' }, 'territoryAndPublicSpace', 'building', 30, 10],
  ['removal-parking', { en: 'Parking reservation for a removal', fr: 'Réservation de stationnement pour un déménagement', de: 'Halteverbot für einen Umzug', nl: 'Parkeerverbod voor een verhuizing' }, 'mobility', 'movingHouse', 20, 7],
  ['residents-parking-card', { en: "Residents' parking card", fr: 'Carte de stationnement riverain', de: 'Anwohnerparkausweis', nl: 'Bewonerskaart' }, 'mobility', 'owningAVehicle', 10, 5],
  ['disabled-parking', { en: 'Parking space for a person with a disability', fr: 'Emplacement de stationnement pour personne handicapée', de: 'Behindertenparkplatz', nl: 'Parkeerplaats voor personen met een handicap' }, 'mobility', null, null, 60],
  ['waste-calendar', { en: 'Waste collection calendar', fr: 'Calendrier des collectes de déchets', de: 'Müllabfuhrkalender', nl: 'Ophaalkalender afval' }, 'environment', null, null, 0],
  ['bulky-waste', { en: 'Bulky waste collection', fr: 'Collecte des encombrants', de: 'Sperrmüllabholung', nl: 'Ophaling grofvuil' }, 'environment', 'movingHouse', 25, 14],
  ['container-park', { en: 'Recycling centre access', fr: 'Accès au recyparc', de: 'Zugang zum Containerpark', nl: 'Toegang tot het recyclagepark' }, 'environment', null, null, 0],
  ['compost-bin', { en: 'Compost bin', fr: 'Fût à compost', de: 'Komposttonne', nl: 'Compostvat' }, 'environment', null, 15, 7],
  ['school-enrolment', { en: 'Enrolling a child in a town school', fr: "Inscription dans une école communale", de: 'Einschreibung in einer Gemeindeschule', nl: 'Inschrijving in een gemeenteschool' }, 'education', 'havingAChild', null, 7],
  ['after-school-care', { en: 'After-school care', fr: 'Accueil extrascolaire', de: 'Außerschulische Betreuung', nl: 'Buitenschoolse opvang' }, 'education', 'havingAChild', 2.5, 3],
  ['holiday-camps', { en: 'Holiday camps', fr: 'Stages de vacances', de: 'Ferienlager', nl: 'Vakantiekampen' }, 'entertainment', null, 80, 7],
  ['library-card', { en: 'Library card', fr: 'Carte de la bibliothèque', de: 'Bibliotheksausweis', nl: 'Bibliotheekkaart' }, 'culture', null, 5, 0],
  ['room-rental', { en: 'Renting a town hall room', fr: "Location d'une salle communale", de: 'Miete eines Gemeindesaals', nl: 'Huur van een gemeentezaal' }, 'entertainment', null, 150, 14],
  ['event-authorisation', { en: 'Authorisation for a public event', fr: "Autorisation d'un événement public", de: 'Genehmigung einer öffentlichen Veranstaltung', nl: 'Toelating voor een publiek evenement' }, 'entertainment', null, null, 30],
  ['market-pitch', { en: 'Pitch at the weekly market', fr: 'Emplacement au marché hebdomadaire', de: 'Standplatz auf dem Wochenmarkt', nl: 'Standplaats op de wekelijkse markt' }, 'economics', 'startingABusiness', 2, 14],
  ['terrace-permit', { en: 'Café terrace permit', fr: 'Autorisation de terrasse', de: 'Terrassengenehmigung', nl: 'Terrasvergunning' }, 'economics', 'startingABusiness', 40, 21],
  ['dog-registration', { en: 'Registering a dog', fr: "Enregistrement d'un chien", de: 'Anmeldung eines Hundes', nl: 'Registratie van een hond' }, 'safetyAndPrevention', null, null, 1],
  ['burglary-prevention', { en: 'Burglary prevention advice', fr: 'Conseils en prévention vol', de: 'Einbruchschutzberatung', nl: 'Diefstalpreventieadvies' }, 'safetyAndPrevention', 'movingHouse', null, 14],
  ['energy-premium', { en: 'Home energy premium', fr: "Prime énergie pour le logement", de: 'Energieprämie für Wohnungen', nl: 'Energiepremie voor woningen' }, 'environment', 'building', null, 60],
  ['housing-insalubrity', { en: 'Reporting unfit housing', fr: "Signalement d'un logement insalubre", de: 'Meldung einer ungesunden Wohnung', nl: 'Melding van een ongezonde woning' }, 'habitatAndTownPlanning', null, null, 30],
  ['social-aid', { en: 'Social aid from the welfare centre', fr: 'Aide sociale du CPAS', de: 'Sozialhilfe des ÖSHZ', nl: 'Maatschappelijke hulp van het OCMW' }, 'social', null, null, 30],
  ['home-meals', { en: 'Meals delivered at home', fr: 'Repas à domicile', de: 'Essen auf Rädern', nl: 'Maaltijden aan huis' }, 'social', 'retiring', 8, 3],
  ['pension-application', { en: 'Applying for a pension', fr: 'Demande de pension', de: 'Rentenantrag', nl: 'Pensioenaanvraag' }, 'social', 'retiring', null, 30],
  ['disability-allowance', { en: 'Disability allowance', fr: 'Allocation pour personne handicapée', de: 'Beihilfe für Personen mit Behinderung', nl: 'Tegemoetkoming voor personen met een handicap' }, 'social', null, null, 90],
  ['organ-donation', { en: 'Organ donation declaration', fr: "Déclaration de don d'organes", de: 'Erklärung zur Organspende', nl: 'Verklaring orgaandonatie' }, 'health', null, null, 1],
  ['euthanasia-declaration', { en: 'Advance euthanasia directive', fr: "Déclaration anticipée d'euthanasie", de: 'Vorausverfügung zur Sterbehilfe', nl: 'Wilsverklaring euthanasie' }, 'health', null, null, 1],
  ['last-wishes', { en: 'Last wishes for funeral', fr: 'Dernières volontés', de: 'Letzte Wünsche', nl: 'Laatste wilsbeschikking' }, 'citizenship', 'death', null, 1],
  ['voter-registration-foreigners', { en: 'Registering to vote as an EU citizen', fr: "Inscription comme électeur (citoyen européen)", de: 'Eintragung als Wähler (EU-Bürger)', nl: 'Inschrijving als kiezer (EU-burger)' }, 'politics', null, null, 30],
  ['council-question', { en: 'Asking the council a question', fr: 'Interpeller le conseil communal', de: 'Bürgerfrage an den Gemeinderat', nl: 'Interpellatie van de gemeenteraad' }, 'citizenParticipation', null, null, 30],
  ['nationality', { en: 'Acquiring Belgian nationality', fr: 'Acquisition de la nationalité belge', de: 'Erwerb der belgischen Staatsangehörigkeit', nl: 'Verwerving van de Belgische nationaliteit' }, 'citizenship', null, 150, 120],
  ['work-permit-info', { en: 'Foreign workers: residence formalities', fr: 'Travailleurs étrangers : formalités de séjour', de: 'Ausländische Arbeitnehmer: Aufenthaltsformalitäten', nl: 'Buitenlandse werknemers: verblijfsformaliteiten' }, 'economics', 'findingAJob', null, 30],
  ['sports-hall-booking', { en: 'Booking the sports hall', fr: 'Réservation du hall omnisports', de: 'Reservierung der Sporthalle', nl: 'Reservatie van de sporthal' }, 'sports', null, 12, 7],
  ['tree-felling', { en: 'Felling a tree', fr: "Abattage d'un arbre", de: 'Fällen eines Baumes', nl: 'Kappen van een boom' }, 'environment', 'building', null, 30],
  ['noise-exemption', { en: 'Noise exemption for an event', fr: 'Dérogation au règlement sur le bruit', de: 'Ausnahmegenehmigung zur Lärmschutzverordnung', nl: 'Afwijking op het geluidsreglement' }, 'safetyAndPrevention', null, null, 14],
];

/** Variants of a service, as towns publish them. */
export const VARIANTS: { suffix: string; name: Text | null }[] = [
  { suffix: '', name: null },
  { suffix: 'urgent', name: { en: 'urgent procedure', fr: "procédure d'urgence", de: 'Eilverfahren', nl: 'spoedprocedure' } },
  { suffix: 'minor', name: { en: 'for a minor', fr: 'pour un mineur', de: 'für Minderjährige', nl: 'voor een minderjarige' } },
  { suffix: 'duplicate', name: { en: 'duplicate', fr: 'duplicata', de: 'Duplikat', nl: 'duplicaat' } },
  { suffix: 'renewal', name: { en: 'renewal', fr: 'renouvellement', de: 'Erneuerung', nl: 'vernieuwing' } },
];

export const SUMMARY: Text = {
  en: 'How to apply for {name} at the town hall or online: who can ask, what to bring, what it costs and how long it takes.',
  fr: 'Comment demander {name} à l\'administration communale ou en ligne : qui peut le demander, quels documents apporter, le coût et le délai.',
  de: 'So beantragen Sie {name} in der Gemeindeverwaltung oder online: wer es beantragen kann, welche Unterlagen nötig sind, Kosten und Fristen.',
  nl: 'Hoe vraagt u {name} aan op het gemeentehuis of online: wie het kan aanvragen, wat u meebrengt, wat het kost en hoelang het duurt.',
};

export const DOCUMENTS: Text[] = [
  { en: 'Identity card', fr: "Carte d'identité", de: 'Personalausweis', nl: 'Identiteitskaart' },
  { en: 'A recent passport photo', fr: "Une photo d'identité récente", de: 'Ein aktuelles Passfoto', nl: 'Een recente pasfoto' },
  { en: 'The completed application form', fr: 'Le formulaire de demande complété', de: 'Das ausgefüllte Antragsformular', nl: 'Het ingevulde aanvraagformulier' },
  { en: 'Proof of address', fr: 'Une preuve de domicile', de: 'Ein Wohnsitznachweis', nl: 'Een bewijs van woonst' },
];

export const DAYS: Text = { en: '{n} working days', fr: '{n} jours ouvrables', de: '{n} Werktage', nl: '{n} werkdagen' };
export const SAME_DAY: Text = { en: 'Immediately', fr: 'Immédiatement', de: 'Sofort', nl: 'Onmiddellijk' };
export const COUNTER: Text = { en: 'Population department counter', fr: 'Guichet du service Population', de: 'Schalter des Einwohnermeldeamts', nl: 'Loket dienst Bevolking' };
export const COST_NOTE: Text = { en: 'Payable by card at the counter.', fr: 'Payable par carte au guichet.', de: 'Zahlbar mit Karte am Schalter.', nl: 'Te betalen met kaart aan het loket.' };
export const LEGAL_BASIS: Text = { en: 'Municipal regulation', fr: 'Règlement communal', de: 'Gemeindeverordnung', nl: 'Gemeentelijk reglement' };
