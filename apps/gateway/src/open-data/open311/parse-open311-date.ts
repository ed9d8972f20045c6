import { Open311Error } from './open311-error';

/** W3C dates as Open311 writes them: a day, or a time with its offset (Z or ±hh:mm). */
const W3C = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** An ISO instant, or an Open311Error naming the parameter and what it expected. */
export function parseOpen311Date(name: string, value: string): string {
  const time = W3C.test(value) ? Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value) : Number.NaN;
  if (Number.isNaN(time)) throw new Open311Error(400, `${name} must be a W3C date-time such as 2026-05-24T00:00:00Z or 2026-05-24T00:00:00+02:00, got "${value.slice(0, 40)}".`);
  return new Date(time).toISOString();
}
