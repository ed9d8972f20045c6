import { toBrusselsParts } from '@communes/domain';

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** `2026-03-14T20:00:00+01:00`: the instant as Brussels wall-clock time with its offset, as schema.org's examples write dates. */
export function toBrusselsIso(value: string | null, dateOnly = false): string | undefined {
  if (!value) return undefined;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return undefined;
  const p = toBrusselsParts(instant);
  const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (dateOnly) return date;
  const offset = Math.round(
    (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant.getTime() / 1000) * 1000) / 60000,
  );
  return `${date}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
