/**
 * The design system's DatePicker reads its `value` through the Date's UTC fields (its ISO
 * string) but hands `onChange` a Date at the editor's local midnight; the model stores calendar
 * days as `YYYY-MM-DD`. So a stored day goes in at UTC midnight, and a picked day comes out
 * through the local calendar: either way the editor sees and keeps the day they chose, whatever
 * their time zone (east of UTC, a local midnight given as the value showed the day before).
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** The day the editor picked: the picker's Date is at their local midnight. */
export const toDayString = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The picker's value for a stored day: that day at UTC midnight, which is how the picker reads it. */
export function fromDayString(day: unknown): Date | undefined {
  const match = typeof day === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
}
