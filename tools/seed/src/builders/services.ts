import type { SeedContext } from '../seed-context';
import { textIn, type SeedRecord } from '../seed-record';
import { fill } from './fill';
import { COST_NOTE, COUNTER, DAYS, DOCUMENTS, LEGAL_BASIS, SAME_DAY, SERVICES, SUMMARY, VARIANTS } from './services-texts';

const AUDIENCES = ['merchant', 'jobSeeker', 'disabledPerson', 'youngPerson', 'newcomer', 'eventPlanner', 'parent', 'elder', 'tourist'];

/** About 250 public services a town-year; each base service with its usual variants. */
export function buildServices(ctx: SeedContext): SeedRecord[] {
  const { town } = ctx;
  const count = ctx.count(SERVICES.length * VARIANTS.length);
  const records: SeedRecord[] = [];
  for (let i = 0; i < count; i++) {
    const rng = ctx.rng('public-service', i);
    const [code, name, topic, lifeEvent, cost, days] = SERVICES[i % SERVICES.length]!;
    const variant = VARIANTS[Math.floor(i / SERVICES.length) % VARIANTS.length]!;
    const edition = Math.floor(i / (SERVICES.length * VARIANTS.length));
    const fullName = (locale: string) =>
      textIn(name, locale) + (variant.name ? ` – ${textIn(variant.name, locale)}` : '') + (edition ? ` (${edition + 1})` : '');
    const online = rng.chance(0.4);
    records.push({
      type: 'public-service',
      key: `public-service-${i}`,
      shared: {
        code: [code, variant.suffix, edition ? String(edition + 1) : ''].filter(Boolean).join('-'),
        audiences: rng.some(AUDIENCES, rng.int(0, 2)),
        topics: [topic],
        lifeEvents: lifeEvent ? [lifeEvent] : [],
      },
      localized: (locale) => ({
        name: fullName(locale),
        summary: fill(SUMMARY, locale, { name: fullName(locale).toLowerCase() }),
        description: `## ${fullName(locale)}\n\n${fill(SUMMARY, locale, { name: fullName(locale).toLowerCase() })}`,
        cost: cost === null ? null : { amount: cost, currency: 'EUR', description: textIn(COST_NOTE, locale) },
        processingTime: days === 0 ? textIn(SAME_DAY, locale) : fill(DAYS, locale, { n: days }),
        documentsToBring: rng.some(DOCUMENTS, rng.int(1, 3)).map((doc) => ({ name: textIn(doc, locale) })),
        channels: [
          { channelType: 'inPerson', description: textIn(COUNTER, locale) },
          ...(online ? [{ channelType: 'online', url: `https://e-guichet.${town.code}.example.org/${locale}/${code}` }] : []),
        ],
        onlineUrl: online ? `https://e-guichet.${town.code}.example.org/${locale}/${code}` : null,
        contactPoint: {
          name: textIn(COUNTER, locale),
          email: `population@${town.code}.example.org`,
          telephone: `+32 64 ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
        },
        legalBasis: [{ label: textIn(LEGAL_BASIS, locale), url: `https://www.${town.code}.example.org/${locale}/reglements/${code}` }],
      }),
      draft: i % 50 === 7,
    });
  }
  return records;
}
