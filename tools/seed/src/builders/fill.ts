import { textIn, type Text } from '../seed-record';

/** A localized template with its `{placeholders}` filled, the values themselves localized. */
export function fill(template: Text, locale: string, values: Record<string, string | number | Text>): string {
  return textIn(template, locale).replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    return typeof value === 'object' ? textIn(value, locale) : String(value);
  });
}
