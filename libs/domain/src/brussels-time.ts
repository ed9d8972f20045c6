/**
 * The towns' time zone. The model stores instants (UTC); a town's calendar days, all-day
 * events and "19:30" meetings are Belgian wall-clock time, which changes offset on the last
 * Sundays of March and October. Computed by the platform's time-zone data, never guessed by
 * month: the seeder writes instants with this and the gateway's open-data outputs read them
 * back with it, so both agree on every day of the year.
 */
export const BRUSSELS = 'Europe/Brussels';

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const format = new Intl.DateTimeFormat('en-GB', {
  timeZone: BRUSSELS,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock time in Brussels at an instant. */
export function toBrusselsParts(instant: Date): LocalParts {
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/**
 * The instant when Brussels clocks show this wall-clock time (the earlier one in the autumn
 * overlap; a time the spring change skips gives the hour after it). Fields out of range roll
 * over as `Date.UTC` does: day 32 of January is February 1st.
 */
export function fromBrusselsLocal(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const wall = new Date(asUtc);
  // Brussels is UTC+1 or UTC+2: try both offsets and keep the one whose wall clock matches.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3600_000);
    const p = toBrusselsParts(candidate);
    if (
      p.year === wall.getUTCFullYear() &&
      p.month === wall.getUTCMonth() + 1 &&
      p.day === wall.getUTCDate() &&
      p.hour === wall.getUTCHours() &&
      p.minute === wall.getUTCMinutes()
    )
      return candidate;
  }
  return new Date(asUtc - 3600_000);
}
