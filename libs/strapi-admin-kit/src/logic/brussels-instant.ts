/**
 * Exception dates of a recurring event are instants (UTC) at which an occurrence would have
 * started. Editors pick a day; the time is the event's start time on Brussels clocks, which
 * is a different UTC hour in summer and in winter.
 */
const BRUSSELS = 'Europe/Brussels';

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: BRUSSELS,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The Brussels day (`YYYY-MM-DD`) and time (`HH:MM`) of an instant. */
export function toBrusselsDayAndTime(instant: string): { day: string; time: string } | undefined {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return undefined;
  const p = Object.fromEntries(wallClock.formatToParts(date).map((part) => [part.type, part.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** The instant (ISO 8601, UTC) when Brussels clocks show this day and time. */
export function fromBrusselsDayAndTime(day: string, time: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const clock = /^(\d{2}):(\d{2})/.exec(time);
  if (!match || !clock) return undefined;
  const asUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(clock[1]), Number(clock[2]));
  // Brussels is UTC+1 in winter and UTC+2 in summer: keep the offset whose wall clock matches.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000).toISOString();
    const back = toBrusselsDayAndTime(candidate);
    if (back?.day === day && back.time === `${clock[1]}:${clock[2]}`) return candidate;
  }
  return new Date(asUtc - 3_600_000).toISOString();
}

/** The exception instant for a day, at the event's start time (midnight without a start). */
export function toExceptionInstant(day: string, start: unknown): string | undefined {
  const time = typeof start === 'string' ? (toBrusselsDayAndTime(start)?.time ?? '00:00') : '00:00';
  return fromBrusselsDayAndTime(day, time);
}

/** The instants once one is added: in order, each once. */
export function addInstant(instants: readonly string[], instant: string): string[] {
  return [...new Set([...instants, instant])].sort();
}
