import { brusselsInstant, SEED_YEAR, type SeedContext } from '../seed-context';
import type { SeedRecord, Text } from '../seed-record';
import { fill } from './fill';
import { sharedMembersOf, sharingChannelsOf } from './sharing-channels';

const HEADLINES: [topic: string, headline: Text][] = [
  [
    'mobility',
    {
      en: 'Road works in {street}: traffic diverted',
      fr: 'Travaux {street} : circulation déviée',
      de: 'Bauarbeiten {street}: Umleitung',
      nl: 'Wegenwerken in de {street}: verkeer omgeleid',
    },
  ],
  [
    'environment',
    {
      en: 'Waste collection: new timetable in {locality}',
      fr: 'Collecte des déchets : nouvel horaire à {locality}',
      de: 'Müllabfuhr: neuer Zeitplan in {locality}',
      nl: 'Afvalophaling: nieuwe uurregeling in {locality}',
    },
  ],
  [
    'citizenParticipation',
    {
      en: 'Have your say on the future of {locality}',
      fr: "Donnez votre avis sur l'avenir de {locality}",
      de: 'Reden Sie mit über die Zukunft von {locality}',
      nl: 'Geef uw mening over de toekomst van {locality}',
    },
  ],
  [
    'culture',
    {
      en: 'The library extends its opening hours',
      fr: "La bibliothèque élargit ses heures d'ouverture",
      de: 'Die Bibliothek verlängert ihre Öffnungszeiten',
      nl: 'De bibliotheek verlengt haar openingsuren',
    },
  ],
  [
    'social',
    {
      en: 'Heat wave: the town checks on older residents',
      fr: 'Canicule : la commune veille sur les aînés',
      de: 'Hitzewelle: Die Gemeinde kümmert sich um Senioren',
      nl: 'Hittegolf: de gemeente waakt over de senioren',
    },
  ],
  [
    'politics',
    {
      en: 'What the council decided this month',
      fr: 'Ce que le conseil communal a décidé ce mois-ci',
      de: 'Was der Gemeinderat diesen Monat beschlossen hat',
      nl: 'Wat de gemeenteraad deze maand besliste',
    },
  ],
  [
    'sports',
    {
      en: 'New synthetic pitch opens in {locality}',
      fr: 'Un nouveau terrain synthétique inauguré à {locality}',
      de: 'Neuer Kunstrasenplatz in {locality} eröffnet',
      nl: 'Nieuw kunstgrasveld geopend in {locality}',
    },
  ],
  [
    'economics',
    {
      en: 'Support for local shops: apply before the end of the month',
      fr: 'Soutien aux commerces locaux : introduisez votre demande avant la fin du mois',
      de: 'Unterstützung für lokale Geschäfte: Antrag bis Monatsende',
      nl: 'Steun voor lokale handelaars: dien uw aanvraag in voor het einde van de maand',
    },
  ],
];

const SUMMARY: Text = {
  en: 'News from the town of {town}.',
  fr: 'Actualité de la commune de {town}.',
  de: 'Neuigkeiten aus der Gemeinde {town}.',
  nl: 'Nieuws van de gemeente {town}.',
};
const BODY: Text = {
  en: 'The town informs residents that {headline}. More information at the town hall or on the town website.',
  fr: "La commune informe les habitants : {headline}. Plus d'informations à l'administration communale ou sur le site de la commune.",
  de: 'Die Gemeinde informiert: {headline}. Weitere Informationen in der Gemeindeverwaltung oder auf der Website der Gemeinde.',
  nl: 'De gemeente meldt: {headline}. Meer informatie op het gemeentehuis of op de website van de gemeente.',
};
const MORE: Text = { en: 'More information', fr: "Plus d'informations", de: 'Weitere Informationen', nl: 'Meer informatie' };

/** About 150 news items a town-year. */
export function buildNews(ctx: SeedContext): SeedRecord[] {
  const { town } = ctx;
  const count = ctx.count(150);
  const records: SeedRecord[] = [];
  for (let i = 0; i < count; i++) {
    const rng = ctx.rng('news-item', i);
    const [topic, headline] = rng.pick(HEADLINES);
    const year = SEED_YEAR - Math.floor(i / 150);
    const values = { street: rng.pick(town.streets), locality: rng.pick(town.localities).name };
    records.push({
      type: 'news-item',
      key: `news-item-${i}`,
      shared: {
        datePublished: brusselsInstant(year, rng.int(1, 11), rng.int(1, 28), rng.int(8, 17), rng.pick([0, 15, 30])),
        topics: [topic],
        channels: sharingChannelsOf(town, i),
        sharedWithMembers: sharedMembersOf(town, i),
      },
      localized: (locale) => {
        const title = fill(headline, locale, values);
        return {
          headline: title,
          summary: fill(SUMMARY, locale, { town: town.name }),
          body: fill(BODY, locale, { headline: title.charAt(0).toLowerCase() + title.slice(1) }),
          relatedLinks: [{ label: fill(MORE, locale, {}), url: `https://www.${town.code}.example.org/${locale}/news/${i}` }],
        };
      },
      draft: i % 25 === 3,
    });
  }
  return records;
}
