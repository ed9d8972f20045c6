import { DOCUMENT_ID } from '@communes/domain';
import type { TownPlanting } from './planting';

/** Something the public must never see, found in an answer: the site names where it was planted. */
export interface Leak {
  site: string;
  family: string;
  town?: string;
  found: string;
}

/** A value to look for verbatim (an API token, the town's secrets), not folded. */
export interface Secret {
  site: string;
  value: string;
  town?: string;
}

export type LeakDetector = (body: string, request: string) => Leak[];

/** Case and accents do not hide a canary from a reader, so they must not hide it from us. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
/** iCalendar folds lines at 75 octets: a canary may be cut by a line break and a space. */
const unfoldLines = (text: string): string => text.replace(/\r?\n[ \t]/g, '');
const decoded = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * `CANARY-<random>-<site>`: found by its random part, in any case, with any separator (the
 * upload service turns a file name into `CANARY_<random>_...`), even cut after 5 characters
 * of the random part (the canary's first 12 characters), and any other "canary" at all.
 */
const MARK = /canary[^a-z0-9]{0,2}([0-9a-f]{5,8})?/g;
/** Short canaries (fields of 10 characters): `Q` and hex. */
const SHORT = /q[0-9a-f]{9}/g;
/** Every documentId-shaped word in an answer: the domain's pattern, unanchored. */
const DOCUMENT_IDS_IN_TEXT = new RegExp(`\\b${DOCUMENT_ID.source.slice(1, -1)}\\b`, 'g');
/** The seeder's requesters: private fields with a recognisable shape. */
const SEEDED_REQUESTER = /resident\.\d+@example\.org/g;
/** What only an error with its stack or the server's file system would show. */
const INTERNAL = [/node_modules[\\/]/, /\bat [^\n]{0,200}\((?:\/|[A-Z]:\\)[^)]+:\d+:\d+\)/, /"stacktrace"/i];

/** An instant in the forms outputs write it: ISO and iCalendar's, in UTC and Brussels local time. */
function instantForms(iso: string): string[] {
  const utc = iso.slice(0, 19).toLowerCase();
  const local = new Date(iso).toLocaleString('sv-SE', { timeZone: 'Europe/Brussels' }).replace(' ', 't');
  return [utc, local].flatMap((form) => [form, form.replace(/[-:]/g, '')]);
}

/**
 * Builds the leak detector of a region: every town's canaries, draft documentIds, the closed
 * items' instants, and secrets. It looks in one answer's body for any of them; what the
 * request itself carries (a filter on a canary, a findOne of a draft's id) is an echo, not a
 * leak, and is left to the oracles.
 */
export function createLeakDetector(plantings: TownPlanting[], secrets: Secret[]): LeakDetector {
  const byRandom = new Map<string, { site: string; family: string; town: string }>();
  const exact = new Map<string, { site: string; family: string; town: string }>();
  for (const planting of plantings) {
    for (const canary of planting.canaries) {
      const where = { site: canary.site, family: canary.family, town: planting.town };
      const random = /^canary-([0-9a-f]{8})/i.exec(canary.value)?.[1];
      if (random) byRandom.set(random.toLowerCase(), where);
      else if (canary.family !== 'secret') exact.set(canary.value.toLowerCase().slice(0, 10), where);
    }
    for (const draft of planting.neverPublished)
      exact.set(draft.documentId, { site: `never-published.${draft.kind}`, family: 'draft', town: planting.town });
    for (const [field, iso] of [
      ['start', planting.closed.start],
      ['end', planting.closed.end],
    ] as const) {
      for (const form of instantForms(iso)) exact.set(form, { site: `closed.${field}`, family: 'closed', town: planting.town });
    }
  }
  const secretValues = [
    ...secrets,
    ...plantings.flatMap((p) =>
      p.canaries.filter((c) => c.family === 'secret').map((c) => ({ site: c.site, value: c.value, town: p.town })),
    ),
  ].filter((s) => s.value.length >= 8);
  const instants = [...exact.keys()].filter((key) => /^\d{4}/.test(key));

  return (body, request) => {
    const text = fold(unfoldLines(body));
    const asked = fold(decoded(request));
    const leaks: Leak[] = [];
    const found = (key: string, where: { site: string; family: string; town?: string } | undefined, fallbackSite: string) => {
      if (asked.includes(key)) return;
      leaks.push({ site: where?.site ?? fallbackSite, family: where?.family ?? 'unknown', town: where?.town, found: key });
    };
    for (const match of text.matchAll(MARK)) {
      const random = match[1];
      const where = random ? [...byRandom.entries()].find(([r]) => r.startsWith(random))?.[1] : undefined;
      found(match[0], where, 'unknown canary');
    }
    for (const match of text.matchAll(SHORT)) if (exact.has(match[0])) found(match[0], exact.get(match[0]), '');
    for (const match of text.matchAll(DOCUMENT_IDS_IN_TEXT)) if (exact.has(match[0])) found(match[0], exact.get(match[0]), '');
    for (const match of text.matchAll(SEEDED_REQUESTER))
      found(match[0], { site: 'private.service-request.requesterEmail (seeded)', family: 'private' }, '');
    for (const instant of instants) if (text.includes(instant)) found(instant, exact.get(instant), '');
    for (const secret of secretValues)
      if (body.includes(secret.value) && !request.includes(secret.value))
        leaks.push({ site: secret.site, family: 'secret', town: secret.town, found: `${secret.value.slice(0, 6)}…` });
    for (const pattern of INTERNAL) {
      const match = pattern.exec(body);
      if (match) leaks.push({ site: 'stack trace or server path', family: 'internal', found: match[0].slice(0, 120) });
    }
    return dedupe(leaks);
  };
}

function dedupe(leaks: Leak[]): Leak[] {
  const seen = new Set<string>();
  return leaks.filter((leak) => {
    const key = `${leak.town}/${leak.site}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
