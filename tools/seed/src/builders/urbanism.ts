import { addDays, isoDate, SEED_YEAR, type SeedContext } from '../seed-context';
import type { SeedRecord, Text } from '../seed-record';
import { fill } from './fill';

const PROJECTS: [applicationType: string, title: Text][] = [
  [
    'buildingPermit',
    {
      en: 'Building a detached house',
      fr: "Construction d'une habitation unifamiliale",
      de: 'Bau eines Einfamilienhauses',
      nl: 'Bouw van een eengezinswoning',
    },
  ],
  [
    'buildingPermit',
    {
      en: 'Converting a barn into two dwellings',
      fr: "Transformation d'une grange en deux logements",
      de: 'Umbau einer Scheune in zwei Wohnungen',
      nl: 'Verbouwing van een schuur tot twee woningen',
    },
  ],
  [
    'buildingPermit',
    {
      en: 'Extension and veranda',
      fr: "Extension d'une habitation et construction d'une véranda",
      de: 'Erweiterung eines Wohnhauses und Bau einer Veranda',
      nl: 'Uitbreiding van een woning en bouw van een veranda',
    },
  ],
  [
    'subdivisionPermit',
    {
      en: 'Dividing a plot into {n} building lots',
      fr: "Urbanisation d'un bien en {n} lots à bâtir",
      de: 'Aufteilung eines Grundstücks in {n} Baugrundstücke',
      nl: 'Verkaveling van een perceel in {n} bouwkavels',
    },
  ],
  [
    'environmentPermitClass2',
    {
      en: 'Operating a car body shop',
      fr: "Exploitation d'un atelier de carrosserie",
      de: 'Betrieb einer Karosseriewerkstatt',
      nl: 'Uitbating van een carrosseriewerkplaats',
    },
  ],
  [
    'singlePermit',
    {
      en: 'Building a farm shed for {n} cattle',
      fr: "Construction d'une étable pour {n} bovins",
      de: 'Bau eines Stalls für {n} Rinder',
      nl: 'Bouw van een stal voor {n} runderen',
    },
  ],
  [
    'urbanCertificate2',
    {
      en: 'Planning certificate for a housing project',
      fr: "Certificat d'urbanisme n° 2 pour un projet de logements",
      de: 'Städtebaubescheinigung Nr. 2 für ein Wohnprojekt',
      nl: 'Stedenbouwkundig attest nr. 2 voor een woonproject',
    },
  ],
  [
    'commercialPermit',
    {
      en: 'Opening a supermarket of {n} m²',
      fr: "Implantation d'un supermarché de {n} m²",
      de: 'Errichtung eines Supermarkts von {n} m²',
      nl: 'Vestiging van een supermarkt van {n} m²',
    },
  ],
];

const DESCRIPTION: Text = {
  en: 'The public inquiry is open from {from} to {to}. The file can be consulted at the planning department; written comments are sent to the college of mayor and aldermen.',
  fr: "L'enquête publique est ouverte du {from} au {to}. Le dossier peut être consulté au service Urbanisme ; les réclamations écrites sont adressées au Collège communal.",
  de: 'Die öffentliche Untersuchung läuft vom {from} bis zum {to}. Die Akte liegt im Städtebaudienst aus; schriftliche Einwände sind an das Gemeindekollegium zu richten.',
  nl: 'Het openbaar onderzoek loopt van {from} tot {to}. Het dossier ligt ter inzage bij de dienst Stedenbouw; schriftelijke bezwaren worden gericht aan het college van burgemeester en schepenen.',
};

/** About 80 planning applications a town-year; some under public inquiry around the seed date. */
export function buildPlanningApplications(ctx: SeedContext): SeedRecord[] {
  const count = ctx.count(80);
  const records: SeedRecord[] = [];
  for (let i = 0; i < count; i++) {
    const rng = ctx.rng('planning-application', i);
    const [applicationType, title] = rng.pick(PROJECTS);
    const year = SEED_YEAR - Math.floor(i / 80);
    const month = rng.int(1, 11);
    const day = rng.int(1, 20);
    const submitted = isoDate(year, month, day);
    const status =
      year < SEED_YEAR || month < 8
        ? rng.pick(['decided', 'decided', 'decided', 'withdrawn', 'appealed'])
        : rng.pick(['submitted', 'underReview', 'publicInquiry', 'publicInquiry']);
    const inquiry = status !== 'submitted' && rng.chance(0.8);
    const inquiryStart = inquiry ? addDays(submitted, rng.int(20, 40)) : null;
    const inquiryEnd = inquiryStart ? addDays(inquiryStart, 15) : null;
    const decided = status === 'decided' || status === 'appealed';
    const address = ctx.address(rng);
    const n = applicationType === 'commercialPermit' ? rng.pick([800, 1200, 2500]) : rng.int(3, 40);
    const division = String(rng.int(52001, 52099));
    const section = rng.pick(['A', 'B', 'C', 'D']);
    const number = `${rng.int(1, 999)}${rng.pick(['', 'B', 'C', 'D'])}`;
    records.push({
      type: 'planning-application',
      key: `planning-application-${i}`,
      shared: {
        reference: `PU/${year}/${String((i % 80) + 1).padStart(3, '0')}${Math.floor(i / 80) ? `-${Math.floor(i / 80)}` : ''}`,
        applicationType,
        ...address,
        cadastralParcels: [{ capakey: `${division}${section}${number.padStart(4, '0')}/00_000`.slice(0, 17), division, section, number }],
        applicationStatus: status,
        submissionDate: submitted,
        inquiryStart,
        inquiryEnd,
        claimsDeadline: inquiryEnd,
        decision: decided ? rng.pick(['granted', 'granted', 'grantedWithConditions', 'refused']) : null,
        decisionDate: decided ? addDays(inquiryEnd ?? submitted, rng.int(10, 45)) : null,
      },
      localized: (locale) => ({
        title: fill(title, locale, { n }),
        description: inquiry ? fill(DESCRIPTION, locale, { from: inquiryStart!, to: inquiryEnd! }) : null,
      }),
    });
  }
  return records;
}
