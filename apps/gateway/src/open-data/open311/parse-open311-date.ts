import { isIsoDate, isIsoDateTime } from '@communes/domain';
import { badParameter } from '../open-data-error';

/**
 * W3C dates as Open311 writes them, a day or a time with its offset (Z or ±hh:mm), as an ISO
 * instant; or an OpenDataError naming the parameter and what it expected. The calendar is
 * checked, not only the shape: 2026-02-30 is refused, not read as March 2.
 */
export function parseOpen311Date(name: string, value: string): string {
  const time = isIsoDate(value) ? Date.parse(`${value}T00:00:00Z`) : isIsoDateTime(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time))
    throw badParameter(
      `${name} must be a W3C date-time such as 2026-05-24T00:00:00Z or 2026-05-24T00:00:00+02:00, got "${value.slice(0, 40)}".`,
    );
  return new Date(time).toISOString();
}
