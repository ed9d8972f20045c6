import { fromBrusselsLocal } from '@communes/domain';
import { isIsoDateTime } from '@communes/domain';
import { badParameter } from '../open-data-error';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `from`/`to` as an instant: a date is a Brussels calendar day (its first moment for `from`,
 * the first moment of the next day for `to`), a date-time must carry its offset.
 */
export function parseDateParam(url: URL, name: 'from' | 'to'): Date | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  const date = DATE.exec(raw);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const check = new Date(Date.UTC(y, m - 1, d));
    if (check.getUTCMonth() === m - 1 && check.getUTCDate() === d) return fromBrusselsLocal(y, m, d + (name === 'to' ? 1 : 0));
  } else if (isIsoDateTime(raw)) return new Date(raw);
  throw badParameter(
    `${name}: expected a date (2026-03-14) or a date-time with its offset (2026-03-14T20:00:00+01:00), got "${raw.slice(0, 60)}".`,
  );
}
