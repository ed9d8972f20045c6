import type { Text } from '../seed-record';

export const ORGANIZATIONS: { key: string; type: string; name: Text; shortName?: Text; parent?: string }[] = [
  { key: 'council', type: 'council', name: { en: 'Town council', fr: 'Conseil communal', de: 'Gemeinderat', nl: 'Gemeenteraad' } },
  {
    key: 'college',
    type: 'college',
    name: {
      en: 'College of mayor and aldermen',
      fr: 'Collège communal',
      de: 'Gemeindekollegium',
      nl: 'College van burgemeester en schepenen',
    },
  },
  {
    key: 'committee-finance',
    type: 'committee',
    parent: 'council',
    name: { en: 'Finance committee', fr: 'Commission des finances', de: 'Finanzausschuss', nl: 'Commissie financiën' },
  },
  {
    key: 'committee-planning',
    type: 'committee',
    parent: 'council',
    name: {
      en: 'Planning committee',
      fr: "Commission de l'aménagement du territoire",
      de: 'Ausschuss für Raumordnung',
      nl: 'Commissie ruimtelijke ordening',
    },
  },
  {
    key: 'committee-social',
    type: 'committee',
    parent: 'council',
    name: { en: 'Social affairs committee', fr: 'Commission des affaires sociales', de: 'Sozialausschuss', nl: 'Commissie sociale zaken' },
  },
];

/** Fictional local lists; `{town}` is the town's name. */
export const PARTIES: Text[] = [
  { en: "Mayor's list", fr: 'Liste du Bourgmestre', de: 'Liste des Bürgermeisters', nl: 'Lijst van de burgemeester' },
  { en: 'Together for {town}', fr: 'Ensemble pour {town}', de: 'Gemeinsam für {town}', nl: 'Samen voor {town}' },
  { en: "Citizens' alternative", fr: 'Alternative citoyenne', de: 'Bürgeralternative', nl: 'Burgeralternatief' },
  { en: 'Renewal', fr: 'Renouveau', de: 'Erneuerung', nl: 'Vernieuwing' },
];

export const ROLES = {
  mayor: { en: 'Mayor', fr: 'Bourgmestre', de: 'Bürgermeister', nl: 'Burgemeester' },
  alderman: { en: 'Alderman', fr: 'Échevin', de: 'Schöffe', nl: 'Schepen' },
  president: { en: 'President of the social welfare centre', fr: 'Président du CPAS', de: 'ÖSHZ-Präsident', nl: 'OCMW-voorzitter' },
  councillor: { en: 'Councillor', fr: 'Conseiller communal', de: 'Gemeinderatsmitglied', nl: 'Gemeenteraadslid' },
  member: { en: 'Member', fr: 'Membre', de: 'Mitglied', nl: 'Lid' },
} satisfies Record<string, Text>;

export const MEETING_NAME: Text = {
  en: 'Town council of {date}',
  fr: 'Conseil communal du {date}',
  de: 'Sitzung des Gemeinderates vom {date}',
  nl: 'Gemeenteraad van {date}',
};
export const MEETING_ROOM: Text = {
  en: 'Council chamber, town hall',
  fr: 'Salle du conseil, hôtel de ville',
  de: 'Ratssaal, Rathaus',
  nl: 'Raadzaal, gemeentehuis',
};

export const MINUTES_ITEM: Text = {
  en: 'Approval of the minutes of the previous meeting',
  fr: 'Approbation du procès-verbal de la séance précédente',
  de: 'Genehmigung des Protokolls der vorigen Sitzung',
  nl: 'Goedkeuring van de notulen van de vorige zitting',
};

/** Typical public items; `{year}`, `{n}`, `{street}` and `{subject}` are filled in. */
export const PUBLIC_ITEMS: Text[] = [
  {
    en: 'Budget {year}: amendment no. {n}',
    fr: 'Modification budgétaire n° {n} – exercice {year}',
    de: 'Haushaltsplan {year}: Abänderung Nr. {n}',
    nl: 'Begrotingswijziging nr. {n} – dienstjaar {year}',
  },
  {
    en: 'Accounts for {year}: approval',
    fr: "Compte communal de l'exercice {year} – approbation",
    de: 'Jahresrechnung {year}: Genehmigung',
    nl: 'Jaarrekening {year}: goedkeuring',
  },
  {
    en: 'Charge regulation on {subject}',
    fr: 'Règlement-redevance relatif à {subject}',
    de: 'Gebührenordnung über {subject}',
    nl: 'Retributiereglement op {subject}',
  },
  {
    en: 'Public contract: renovation of {street}, terms and procedure',
    fr: 'Marché public – rénovation : {street} – conditions et mode de passation',
    de: 'Öffentlicher Auftrag: Sanierung – {street}, Bedingungen und Vergabeverfahren',
    nl: 'Overheidsopdracht: renovatie van de {street}, voorwaarden en gunningswijze',
  },
  {
    en: 'Agreement with the intermunicipal company on {subject}',
    fr: "Convention avec l'intercommunale relative à {subject}",
    de: 'Vereinbarung mit der Interkommunale über {subject}',
    nl: 'Overeenkomst met de intercommunale over {subject}',
  },
  {
    en: 'Social cohesion plan: annual report {year}',
    fr: 'Plan de cohésion sociale – rapport annuel {year}',
    de: 'Plan für sozialen Zusammenhalt: Jahresbericht {year}',
    nl: 'Plan sociale cohesie: jaarverslag {year}',
  },
  {
    en: 'Appointment of a representative to the {subject} board',
    fr: "Désignation d'un représentant au conseil d'administration – {subject}",
    de: 'Bestellung eines Vertreters im Verwaltungsrat – {subject}',
    nl: 'Aanduiding van een vertegenwoordiger in de raad van bestuur – {subject}',
  },
  {
    en: 'Purchase of a plot in {street}',
    fr: "Acquisition d'une parcelle – {street}",
    de: 'Ankauf einer Parzelle: {street}',
    nl: 'Aankoop van een perceel in de {street}',
  },
  {
    en: 'Police regulation on traffic in {street}',
    fr: 'Règlement complémentaire de police – circulation {street}',
    de: 'Zusätzliche Verkehrsordnung – {street}',
    nl: 'Aanvullend politiereglement – verkeer in de {street}',
  },
  {
    en: 'Subsidies to local associations {year}',
    fr: 'Subsides aux associations locales – exercice {year}',
    de: 'Zuschüsse an örtliche Vereinigungen {year}',
    nl: 'Toelagen aan lokale verenigingen {year}',
  },
  { en: 'Motion on {subject}', fr: 'Motion relative à {subject}', de: 'Resolution über {subject}', nl: 'Motie over {subject}' },
  {
    en: 'Municipal schools: school project {year}',
    fr: "Enseignement communal – projet d'établissement {year}",
    de: 'Gemeindeschulen: Schulprojekt {year}',
    nl: 'Gemeentelijk onderwijs: schoolproject {year}',
  },
];

export const CLOSED_ITEMS: Text[] = [
  {
    en: 'Staff: appointment of a clerk',
    fr: "Personnel communal – nomination d'un employé d'administration",
    de: 'Personal: Ernennung eines Verwaltungsangestellten',
    nl: 'Personeel: benoeming van een administratief medewerker',
  },
  {
    en: 'Schools: temporary appointment of a teacher',
    fr: "Enseignement – désignation temporaire d'un instituteur",
    de: 'Unterricht: zeitweilige Bezeichnung einer Lehrkraft',
    nl: 'Onderwijs: tijdelijke aanstelling van een leerkracht',
  },
  { en: 'Disciplinary matter', fr: 'Procédure disciplinaire', de: 'Disziplinarangelegenheit', nl: 'Tuchtzaak' },
];

export const SUBJECTS: Text[] = [
  { en: 'waste collection', fr: 'la collecte des déchets', de: 'die Müllabfuhr', nl: 'de afvalophaling' },
  {
    en: 'the occupation of public space',
    fr: "l'occupation du domaine public",
    de: 'die Nutzung des öffentlichen Raums',
    nl: 'het gebruik van het openbaar domein',
  },
  { en: 'street lighting', fr: "l'éclairage public", de: 'die öffentliche Beleuchtung', nl: 'de openbare verlichting' },
  { en: 'water distribution', fr: "la distribution d'eau", de: 'die Wasserversorgung', nl: 'de waterdistributie' },
  {
    en: 'the management of cemeteries',
    fr: 'la gestion des cimetières',
    de: 'die Friedhofsverwaltung',
    nl: 'het beheer van de begraafplaatsen',
  },
  { en: 'the energy transition', fr: 'la transition énergétique', de: 'die Energiewende', nl: 'de energietransitie' },
  {
    en: 'administrative documents',
    fr: 'la délivrance de documents administratifs',
    de: 'die Ausstellung von Verwaltungsdokumenten',
    nl: 'de afgifte van administratieve documenten',
  },
];

export const RESOLUTION: Text = {
  en: 'The council, having deliberated, **decides** by {yes} votes in favour, {no} against and {abstain} abstentions to approve the item as proposed.',
  fr: "Le Conseil, après en avoir délibéré, **décide** par {yes} voix pour, {no} contre et {abstain} abstentions d'approuver le point tel que proposé.",
  de: 'Der Gemeinderat **beschließt** nach Beratung mit {yes} Ja-Stimmen, {no} Nein-Stimmen und {abstain} Enthaltungen, den Punkt wie vorgeschlagen zu genehmigen.',
  nl: 'De raad **beslist** na beraadslaging met {yes} stemmen voor, {no} tegen en {abstain} onthoudingen het punt zoals voorgesteld goed te keuren.',
};

export const MOTION_PAPER: Text = {
  en: 'Motion from the {party} group on {subject}',
  fr: 'Motion du groupe {party} relative à {subject}',
  de: 'Antrag der Fraktion {party} über {subject}',
  nl: 'Motie van de fractie {party} over {subject}',
};
