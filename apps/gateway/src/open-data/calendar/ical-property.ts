import { foldLine } from './ical-text';

/** One content line, folded; `value` is already escaped or typed (DATE, URI, RRULE...). */
export const icalProperty = (name: string, value: string): string => foldLine(`${name}:${value}`);
