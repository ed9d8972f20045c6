import { fromBrusselsLocal, toBrusselsParts } from '../brussels-time';
import { InvalidRecurrenceRule, parseRecurrenceRule, type RecurrenceRule } from './parse-recurrence-rule';

/** What an event says of when it happens (its fields as stored: instants, ISO 8601). */
export interface RecurringEvent {
  start: string | Date;
  end?: string | Date | null;
  allDay?: boolean | null;
  /** An RFC 5545 RRULE; none: the event happens once. */
  recurrenceRule?: string | null;
  /** RFC 5545 EXDATE: ISO 8601 date-times (an occurrence starting then is left out), or days ("2026-03-14": every occurrence starting that day in Brussels). */
  recurrenceExceptions?: unknown;
}

/** One time the event happens. `end` is null when the event has none. */
export interface Occurrence {
  start: Date;
  end: Date | null;
}

export interface Expansion {
  /** The occurrences that overlap the range, by start. */
  occurrences: Occurrence[];
  /**
   * Why the list may be short: `limit`, more occurrences overlap the range than asked for (or
   * than MAX_OCCURRENCES); `work`, the rule asked for more candidates than MAX_EXPANSION_WORK
   * before the range was covered (a hostile or absurd rule: FREQ=SECONDLY with filters that
   * rarely match). Null when the list is complete.
   */
  truncated: 'limit' | 'work' | null;
  /** Why the rule could not be read (the event is then taken as happening once, at its start); null when it could. */
  invalidRule: string | null;
}

/** At most this many occurrences per event and range (an hourly event over a leap year has 8,784). */
export const MAX_OCCURRENCES = 10_000;
/** At most this many days, periods and candidate times looked at per event and range. */
export const MAX_EXPANSION_WORK = 2_000_000;

const SECOND = 1000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** How far wall-clock time may be from UTC and back, with room: Brussels is UTC+1 or UTC+2. */
const SLACK = 3 * HOUR;

// "Wall" times are Brussels wall-clock times written as if they were UTC (floating times):
// rules are expanded on them, so a weekly 10:00 stays at 10:00 across changes of offset, and
// only each occurrence found is turned into an instant.

function wallOf(instant: Date): number {
  const p = toBrusselsParts(instant);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) + instant.getUTCMilliseconds();
}

/** Wall time to instant, the offset looked up once per wall-clock hour. */
function instantsOfWall(): (wall: number) => number {
  const offsets = new Map<number, number>();
  return (wall) => {
    const hour = Math.floor(wall / HOUR);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const d = new Date(hour * HOUR);
      offset = hour * HOUR - fromBrusselsLocal(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours()).getTime();
      offsets.set(hour, offset);
    }
    return wall - offset;
  };
}

// Days are counted from 1970-01-01 (a Thursday); weekdays from Monday (0).
const dayOf = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY;
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;
const ymdOf = (day: number) => {
  const d = new Date(day * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
const monthLength = (year: number, month: number) => dayOf(year, month + 1, 1) - dayOf(year, month, 1);
const yearLength = (year: number) => dayOf(year + 1, 1, 1) - dayOf(year, 1, 1);

/** The first day of week 1 of a year: the first week (from wkst) with at least four of its days in the year. */
function week1Start(year: number, wkst: number): number {
  const jan1 = dayOf(year, 1, 1);
  const r = (weekdayOf(jan1) - wkst + 7) % 7;
  return r <= 3 ? jan1 - r : jan1 + 7 - r;
}

/** A day's week number (the week of a year it belongs to, which may be the next or previous year's) and how many weeks that year has. */
function weekNumberOf(day: number, wkst: number): { weekNo: number; weeks: number } {
  const { year } = ymdOf(day);
  for (const y of [year + 1, year, year - 1]) {
    const start = week1Start(y, wkst);
    if (day >= start) return { weekNo: Math.floor((day - start) / 7) + 1, weeks: (week1Start(y + 1, wkst) - start) / 7 };
  }
  throw new Error('unreachable');
}

const position = (n: number, index: number, size: number) => (n > 0 ? n === index : size + n + 1 === index);

/** Whether a day is one the rule's day parts (BYMONTH, BYWEEKNO, BYYEARDAY, BYMONTHDAY, BYDAY) keep. */
function dayMatches(rule: RecurrenceRule, day: number): boolean {
  const { year, month, day: monthDay } = ymdOf(day);
  if (rule.byMonth && !rule.byMonth.includes(month)) return false;
  if (rule.byWeekNo) {
    const { weekNo, weeks } = weekNumberOf(day, rule.wkst);
    if (!rule.byWeekNo.some((n) => position(n, weekNo, weeks))) return false;
  }
  const yearDay = day - dayOf(year, 1, 1) + 1;
  if (rule.byYearDay && !rule.byYearDay.some((n) => position(n, yearDay, yearLength(year)))) return false;
  const daysInMonth = monthLength(year, month);
  if (rule.byMonthDay && !rule.byMonthDay.some((n) => position(n, monthDay, daysInMonth))) return false;
  if (rule.byDay) {
    const weekday = weekdayOf(day);
    // "2SA", "-1FR": the n-th of the month (MONTHLY, or YEARLY with BYMONTH), else of the year.
    const inMonth = rule.freq === 'MONTHLY' || (rule.freq === 'YEARLY' && rule.byMonth !== undefined);
    const [index, size] = inMonth ? [monthDay, daysInMonth] : [yearDay, yearLength(year)];
    const matches = rule.byDay.some((d) => {
      if (d.weekday !== weekday) return false;
      if (d.n === 0) return true;
      return d.n > 0 ? d.n === Math.floor((index - 1) / 7) + 1 : -d.n === Math.floor((size - index) / 7) + 1;
    });
    if (!matches) return false;
  }
  return true;
}

/** The positions BYSETPOS keeps of a period's `size` sorted candidates (0-based, ascending). */
function setPositions(bySetPos: readonly number[], size: number): number[] {
  const kept = new Set<number>();
  for (const p of bySetPos) {
    const index = p > 0 ? p - 1 : size + p;
    if (index >= 0 && index < size) kept.add(index);
  }
  return [...kept].sort((a, b) => a - b);
}

function parseExceptions(value: unknown): { instants: Set<number>; days: Set<number> } {
  const instants = new Set<number>();
  const days = new Set<number>();
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const text = item.trim();
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (date) days.add(dayOf(Number(date[1]), Number(date[2]), Number(date[3])));
    else if (Number.isFinite(Date.parse(text))) instants.add(Math.floor(Date.parse(text) / SECOND));
  }
  return { instants, days };
}

const toDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));

/**
 * The occurrences of an event that overlap [from, to), by start: its start once when it has no
 * rule, else its recurrence set (RFC 5545: the start, then what the RRULE generates, COUNT
 * counted from the start, less the EXDATEs), expanded in Brussels wall-clock time so that a
 * weekly 10:00 event stays at 10:00 across the changes of offset. Each occurrence lasts what
 * the event lasts in wall-clock time (10:00 to 12:00 stays so); an all-day event without an
 * end covers its day; an event with neither end nor allDay is an instant (in the range when
 * from <= start < to). A wall-clock time the spring change skips is the hour after it.
 *
 * Guarded against hostile rules: at most `limit` occurrences (MAX_OCCURRENCES at most) and
 * MAX_EXPANSION_WORK steps, else `truncated` says why the list is short. A rule that cannot be
 * read (`parseRecurrenceRule`) makes the event happen once (`invalidRule` says why).
 */
export function expandOccurrences(event: RecurringEvent, range: { from: Date; to: Date }, options: { limit?: number } = {}): Expansion {
  const limit = Math.max(0, Math.min(options.limit ?? MAX_OCCURRENCES, MAX_OCCURRENCES));
  const result: Expansion = { occurrences: [], truncated: null, invalidRule: null };
  const start = toDate(event.start);
  const end = event.end ? toDate(event.end) : null;
  const from = range.from.getTime();
  const to = range.to.getTime();
  if (!Number.isFinite(start.getTime()) || !(from < to) || start.getTime() >= to) return result;

  let rule: RecurrenceRule | null = null;
  if (event.recurrenceRule?.trim()) {
    try {
      rule = parseRecurrenceRule(event.recurrenceRule);
    } catch (error) {
      if (!(error instanceof InvalidRecurrenceRule)) throw error;
      result.invalidRule = error.message;
    }
  }

  const instantOf = instantsOfWall();
  const startWall = wallOf(start);
  const hasEnd = end !== null && Number.isFinite(end.getTime()) && end.getTime() > start.getTime();
  const lengthWall = hasEnd ? wallOf(end) - startWall : 0;
  // How long an occurrence covers, for the overlap: its length, or its day when all-day without an end.
  const coverWall = hasEnd ? lengthWall : event.allDay ? DAY : 0;
  const fromWall = wallOf(range.from);
  const toWall = wallOf(range.to);
  const exceptions = parseExceptions(event.recurrenceExceptions);
  const untilWall = !rule?.until
    ? Number.POSITIVE_INFINITY
    : rule.until.utc
      ? wallOf(
          new Date(Date.UTC(rule.until.year, rule.until.month - 1, rule.until.day, rule.until.hour, rule.until.minute, rule.until.second)),
        )
      : Date.UTC(rule.until.year, rule.until.month - 1, rule.until.day, rule.until.hour, rule.until.minute, rule.until.second) +
        (rule.until.dateOnly ? SECOND - 1 : 0);
  const horizon = Math.min(untilWall, toWall + SLACK);

  let work = 0;
  let counted = 0;
  let stopped = false;
  const stop = () => {
    stopped = true;
    return false;
  };
  let previous = Number.NaN;
  /** One occurrence of the recurrence set, in order; false when the expansion is over. */
  const emit = (wall: number): boolean => {
    if (wall > untilWall || wall > toWall + SLACK) return stop();
    const s = instantOf(wall);
    // A wall-clock time the spring change skips is the hour after it, which the rule may
    // generate too (an hourly event): one instant is one occurrence (RFC 5545), counted once.
    if (s === previous) return true;
    previous = s;
    if (rule?.count !== undefined && counted++ >= rule.count) return stop();
    if (wall + coverWall < fromWall - SLACK) return true;
    if (exceptions.instants.has(Math.floor(s / SECOND)) || exceptions.days.has(Math.floor(wall / DAY))) return true;
    const e = hasEnd ? instantOf(wall + lengthWall) : null;
    const covered = e ?? (event.allDay ? instantOf(Math.floor(wall / DAY) * DAY + DAY) : s);
    if (s < to && (covered > s ? covered > from : s >= from)) {
      if (result.occurrences.length >= limit) {
        result.truncated = 'limit';
        return stop();
      }
      result.occurrences.push({ start: new Date(s), end: e === null ? null : new Date(e) });
    }
    return true;
  };
  /** A candidate the rule generates: those before the start are not in the set, the start itself is there already. */
  const generated = (wall: number): boolean => (wall <= startWall ? true : emit(wall));
  const spend = (steps: number): boolean => {
    work += steps;
    if (work <= MAX_EXPANSION_WORK) return true;
    result.truncated = 'work';
    return stop();
  };

  // The start is the first occurrence (RFC 5545), whether or not the rule would generate it.
  emit(startWall);
  if (!rule || stopped) return result;

  // Where to begin: the start, or, without COUNT (which counts from the start), the period of
  // the first occurrence that may still overlap the range.
  const skipTo = rule.count === undefined ? Math.max(startWall, fromWall - coverWall - SLACK - DAY) : startWall;
  if (['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'].includes(rule.freq)) expandByDays(rule, startWall, skipTo, horizon, generated, spend);
  else expandWithinDays(rule, startWall, skipTo, horizon, generated, spend);
  return result;
}

type Emit = (wall: number) => boolean;

const ALL_HOURS = Array.from({ length: 24 }, (_, i) => i);
const ALL_MINUTES = Array.from({ length: 60 }, (_, i) => i);
/** BYSECOND=60 (a leap second) names no time here. */
const secondsOf = (rule: RecurrenceRule) => rule.bySecond?.filter((s) => s < 60);

/** DAILY, WEEKLY, MONTHLY, YEARLY: period by period, each period's days kept by the day parts, at the times of the time parts. */
function expandByDays(rule: RecurrenceRule, startWall: number, skipTo: number, horizon: number, emit: Emit, spend: (n: number) => boolean) {
  const startDay = Math.floor(startWall / DAY);
  const first = ymdOf(startDay);
  const startTime = new Date(startWall);
  // RFC 5545: what the rule leaves out is taken from the start.
  const r: RecurrenceRule = { ...rule };
  if (!(r.byWeekNo || r.byYearDay || r.byMonthDay || r.byDay)) {
    if (r.freq === 'YEARLY') {
      r.byMonth ??= [first.month];
      r.byMonthDay = [first.day];
    } else if (r.freq === 'MONTHLY') r.byMonthDay = [first.day];
    else if (r.freq === 'WEEKLY') r.byDay = [{ n: 0, weekday: weekdayOf(startDay) }];
  }
  const times: number[] = [];
  for (const h of r.byHour ?? [startTime.getUTCHours()])
    for (const m of r.byMinute ?? [startTime.getUTCMinutes()])
      for (const s of secondsOf(r) ?? [startTime.getUTCSeconds()]) times.push(h * HOUR + m * 60_000 + s * SECOND);
  if (!spend(times.length) || times.length === 0) return;

  const skipDay = Math.floor(skipTo / DAY);
  const skip = ymdOf(skipDay);
  const weekStart = startDay - ((weekdayOf(startDay) - r.wkst + 7) % 7);
  /** The days of the k-th period. */
  let period: (k: number) => [number, number];
  let k: number;
  switch (r.freq) {
    case 'DAILY':
      period = (i) => [startDay + i * r.interval, 1];
      k = Math.floor((skipDay - startDay) / r.interval);
      break;
    case 'WEEKLY':
      period = (i) => [weekStart + i * 7 * r.interval, 7];
      k = Math.floor((skipDay - weekStart) / (7 * r.interval));
      break;
    case 'MONTHLY': {
      const month0 = first.year * 12 + first.month - 1;
      period = (i) => {
        const index = month0 + i * r.interval;
        const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
        return [dayOf(year, month, 1), monthLength(year, month)];
      };
      k = Math.floor((skip.year * 12 + skip.month - 1 - month0) / r.interval);
      break;
    }
    default:
      period = (i) => [dayOf(first.year + i * r.interval, 1, 1), yearLength(first.year + i * r.interval)];
      k = Math.floor((skip.year - first.year) / r.interval);
  }
  for (k = Math.max(0, k); ; k++) {
    const [firstDay, length] = period(k);
    if (firstDay * DAY > horizon || !spend(length)) return;
    const days: number[] = [];
    for (let d = firstDay; d < firstDay + length; d++) if (dayMatches(r, d)) days.push(d);
    const size = days.length * times.length;
    const at = (i: number) => days[Math.floor(i / times.length)]! * DAY + times[i % times.length]!;
    if (r.bySetPos) {
      for (const i of setPositions(r.bySetPos, size)) if (!emit(at(i))) return;
    } else {
      for (let i = 0; i < size; i++) if (!emit(at(i)) || !spend(1)) return;
    }
  }
}

/** HOURLY, MINUTELY, SECONDLY: day by day, each day's periods (aligned on the start every INTERVAL units) kept by the limits and expanded below their unit. */
function expandWithinDays(
  rule: RecurrenceRule,
  startWall: number,
  skipTo: number,
  horizon: number,
  emit: Emit,
  spend: (n: number) => boolean,
) {
  const unit = rule.freq === 'HOURLY' ? HOUR : rule.freq === 'MINUTELY' ? 60_000 : SECOND;
  const step = unit * rule.interval;
  const base = Math.floor(startWall / unit) * unit;
  const startTime = new Date(startWall);
  const hours = rule.byHour ?? ALL_HOURS;
  const minutes = rule.freq === 'HOURLY' ? [0] : (rule.byMinute ?? ALL_MINUTES);
  const seconds = rule.freq === 'SECONDLY' ? (secondsOf(rule) ?? ALL_MINUTES) : [0];
  // What a period expands to: the minutes and seconds of an hour, the seconds of a minute.
  const below: number[] = [];
  if (rule.freq === 'HOURLY') {
    for (const m of rule.byMinute ?? [startTime.getUTCMinutes()])
      for (const s of secondsOf(rule) ?? [startTime.getUTCSeconds()]) below.push(m * 60_000 + s * SECOND);
  } else if (rule.freq === 'MINUTELY') for (const s of secondsOf(rule) ?? [startTime.getUTCSeconds()]) below.push(s * SECOND);
  else below.push(0);
  const keeps = (t: number) => {
    const d = new Date(t);
    return (
      (!rule.byHour || rule.byHour.includes(d.getUTCHours())) &&
      (rule.freq === 'HOURLY' || !rule.byMinute || rule.byMinute.includes(d.getUTCMinutes())) &&
      (rule.freq !== 'SECONDLY' || !rule.bySecond || rule.bySecond.includes(d.getUTCSeconds()))
    );
  };
  const period = (t: number): boolean => {
    const candidates = below.map((offset) => t + offset);
    const kept = rule.bySetPos ? setPositions(rule.bySetPos, candidates.length).map((i) => candidates[i]!) : candidates;
    for (const wall of kept) if (!emit(wall)) return false;
    return true;
  };
  const perDay = Math.ceil(DAY / step) + 1;
  const enumerated = hours.length * minutes.length * seconds.length;
  for (let day = Math.floor(skipTo / DAY); day * DAY <= horizon; day++) {
    if (!spend(1)) return;
    if (!dayMatches(rule, day)) continue;
    const dayStart = day * DAY;
    if (!spend(Math.min(perDay, enumerated))) return;
    if (perDay <= enumerated) {
      // Step through the day's periods, keeping those the limits allow.
      for (let t = base + Math.max(0, Math.ceil((dayStart - base) / step)) * step; t < dayStart + DAY; t += step)
        if (keeps(t) && !period(t)) return;
    } else {
      // Fewer times allowed than periods in the day: try each, keeping those on a period.
      for (const h of hours)
        for (const m of minutes)
          for (const s of seconds) {
            const t = dayStart + h * HOUR + m * 60_000 + s * SECOND;
            if (t >= base && (t - base) % step === 0 && !period(t)) return;
          }
    }
  }
}
