/**
 * The date picker works with `Date`s at local midnight; the model stores calendar days as
 * `YYYY-MM-DD`. Converting through the local calendar (not UTC) keeps the day the editor
 * clicked, whatever their time zone.
 */
const pad = (n: number) => String(n).padStart(2, '0');

export const toDayString = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

export function fromDayString(day: unknown): Date | undefined {
  const match = typeof day === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
}
