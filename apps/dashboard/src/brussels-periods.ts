/** A calendar month in Brussels: its first instant, and the next month's. */
export interface MonthRange {
  /** "2026-12", as the aggregates' MONTH buckets name it. */
  key: string;
  from: string;
  to: string;
}

/** The offset of Brussels from UTC at an instant ("+01:00" or "+02:00"). */
function brusselsOffset(at: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')!.value;
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/** Midnight starting a day in Brussels, as an ISO instant with its offset. */
function brusselsMidnight(year: number, month: number): string {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  // Midnight on the 1st is never in a DST change (they happen on Sundays at 2 or 3 am).
  return `${date}T00:00:00${brusselsOffset(new Date(`${date}T12:00:00Z`))}`;
}

/** The month `offset` months from the one holding `now`, in Brussels. */
export function brusselsMonth(now: Date, offset: number): MonthRange {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit' })
    .format(now)
    .split('-')
    .map(Number) as [number, number];
  const index = year * 12 + (month - 1) + offset;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const next = index + 1;
  return {
    key: `${y}-${String(m).padStart(2, '0')}`,
    from: brusselsMidnight(y, m),
    to: brusselsMidnight(Math.floor(next / 12), (next % 12) + 1),
  };
}

/** A year in Brussels, from its first instant to the next year's. */
export function brusselsYear(year: number): { from: string; to: string } {
  return { from: brusselsMidnight(year, 1), to: brusselsMidnight(year + 1, 1) };
}
