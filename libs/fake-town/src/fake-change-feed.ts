import { findContentType } from '@communes/domain';
import { FakeTownError } from './fake-town-error';

type Line = { sequence: number; kind: string; documentId: string; locale: string | null; action: string; time: string };

const WHOLE = /^(0|[1-9][0-9]{0,15})$/;

/**
 * A fake town's change feed (`/api/communes-core/changes`), as the core plugin serves it: a
 * baseline `publish` line per published version it starts with, then what `record` adds.
 * Its behaviour is the real feed's, tested against Strapi in apps/town (change-feed suite).
 */
export function createFakeChangeFeed(entries: Record<string, Record<string, unknown>[]>, defaultLocale: string) {
  const lines: Line[] = [];
  const start = new Date().toISOString();
  const record = (kind: string, documentId: string, locale: string | null, action: string) =>
    lines.push({ sequence: lines.length + 1, kind, documentId, locale, action, time: new Date().toISOString() });
  for (const [kind, list] of Object.entries(entries)) {
    const localized = findContentType(kind)?.localized ?? false;
    for (const entry of list)
      if (entry.publishedAt !== null)
        lines.push({
          sequence: lines.length + 1,
          kind,
          documentId: String(entry.documentId),
          locale: localized ? String(entry.locale ?? defaultLocale) : null,
          action: 'publish',
          time: start,
        });
  }
  return {
    record,
    answer(params: URLSearchParams) {
      const number = (name: string, fallback: number, max: number) => {
        const value = params.get(name);
        if (value === null) return fallback;
        if (!WHOLE.test(value) || Number(value) > max)
          throw new FakeTownError(400, 'ValidationError', `${name} must be a whole number from 0 to ${max}.`);
        return Number(value);
      };
      const since = number('since', 0, Number.MAX_SAFE_INTEGER);
      const limit = Math.max(1, number('limit', 100, 1000));
      const latest = lines.length;
      const data = lines.slice(since, since + limit);
      const next = data.length === limit ? data[data.length - 1]!.sequence : Math.max(since, latest);
      return { data, meta: { since, limit, next, latest } };
    },
  };
}
