import { badParameter } from '../open-data-error';

/** The `limit` query parameter: a whole number from 1 to `max`, `fallback` when absent. */
export function parseLimit(url: URL, fallback: number, max: number): number {
  const raw = url.searchParams.get('limit');
  if (raw === null || raw === '') return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1 || Number(raw) > max)
    throw badParameter(`limit: expected a whole number from 1 to ${max}, got "${raw.slice(0, 40)}".`);
  return Number(raw);
}

/** The `locale` query parameter: a fallback chain such as "de,fr". */
export function parseLocales(url: URL): string[] | undefined {
  const raw = url.searchParams.get('locale');
  if (raw === null || raw === '') return undefined;
  const locales = raw.split(',').map((l) => l.trim());
  const bad = locales.find((l) => !/^[a-z]{2}(-[A-Za-z]{2})?$/.test(l));
  if (bad !== undefined || locales.length > 5)
    throw badParameter(`locale: expected up to five locale codes separated by commas, such as "de,fr", got "${raw.slice(0, 40)}".`);
  return locales;
}
