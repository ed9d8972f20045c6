import { brusselsInstant, SEED_YEAR, type SeedContext } from '../seed-context';
import type { SeedRecord, Text } from '../seed-record';
import { fill } from './fill';

const ALERTS: [severity: string, title: Text, message: Text][] = [
  [
    'minor',
    { en: 'Water cut in {street}', fr: "Coupure d'eau {street}", de: 'Wasserabstellung: {street}', nl: 'Wateronderbreking in de {street}' },
    {
      en: 'Water will be cut from 8:00 to 16:00 for repairs.',
      fr: "L'eau sera coupée de 8 h à 16 h pour travaux.",
      de: 'Das Wasser wird wegen Reparaturarbeiten von 8 bis 16 Uhr abgestellt.',
      nl: 'Het water wordt van 8 tot 16 uur afgesloten voor herstellingen.',
    },
  ],
  [
    'major',
    {
      en: '{street} closed to traffic',
      fr: '{street} fermée à la circulation',
      de: '{street} für den Verkehr gesperrt',
      nl: '{street} afgesloten voor verkeer',
    },
    {
      en: 'Follow the signposted diversion.',
      fr: 'Suivez la déviation balisée.',
      de: 'Bitte folgen Sie der ausgeschilderten Umleitung.',
      nl: 'Volg de aangegeven omleiding.',
    },
  ],
  [
    'emergency',
    {
      en: 'Storm warning: parks and cemeteries closed',
      fr: 'Alerte tempête : parcs et cimetières fermés',
      de: 'Sturmwarnung: Parks und Friedhöfe geschlossen',
      nl: 'Stormwaarschuwing: parken en begraafplaatsen gesloten',
    },
    {
      en: 'Stay indoors and keep away from trees.',
      fr: "Restez à l'intérieur et éloignez-vous des arbres.",
      de: 'Bleiben Sie drinnen und halten Sie Abstand zu Bäumen.',
      nl: 'Blijf binnen en blijf weg van bomen.',
    },
  ],
  [
    'announcement',
    {
      en: 'Town hall closed on public holiday',
      fr: 'Administration fermée (jour férié)',
      de: 'Gemeindeverwaltung am Feiertag geschlossen',
      nl: 'Gemeentehuis gesloten op feestdag',
    },
    {
      en: 'Services reopen the next working day.',
      fr: 'Les services rouvrent le jour ouvrable suivant.',
      de: 'Die Dienste öffnen am nächsten Werktag wieder.',
      nl: 'De diensten openen opnieuw op de volgende werkdag.',
    },
  ],
];
const DETAILS: Text = { en: 'Details', fr: 'Détails', de: 'Einzelheiten', nl: 'Details' };

/** About ten alerts a town-year. */
export function buildAlerts(ctx: SeedContext): SeedRecord[] {
  const { town } = ctx;
  const count = ctx.count(10);
  const records: SeedRecord[] = [];
  for (let i = 0; i < count; i++) {
    const rng = ctx.rng('alert', i);
    const [severity, title, message] = rng.pick(ALERTS);
    const year = SEED_YEAR - Math.floor(i / 10);
    const month = rng.int(1, 12);
    const day = rng.int(1, 25);
    const values = { street: rng.pick(town.streets) };
    records.push({
      type: 'alert',
      key: `alert-${i}`,
      shared: { severity, start: brusselsInstant(year, month, day, 7), end: brusselsInstant(year, month, day + rng.int(0, 3), 18) },
      localized: (locale) => ({
        title: fill(title, locale, values),
        message: fill(message, locale, {}),
        link: { label: fill(DETAILS, locale, {}), url: `https://www.${town.code}.example.org/${locale}/alerts/${i}` },
      }),
    });
  }
  return records;
}
