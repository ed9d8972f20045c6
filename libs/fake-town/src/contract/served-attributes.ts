import { contentTypeNamed, geoColumns, isConfidentialEntry, withheldFields } from '@communes/domain';
import type { FixtureEntry } from './town-fixture';

/**
 * What a town stores of a fixture document in one locale, links aside: every public
 * attribute (a geo point as its two columns), with the fixture's value, else the model's
 * default (which Strapi stores when an editor gives none), else null. Localized attributes
 * come from that locale's words; the others are shared by every locale.
 */
export function toStoredAttributes(kind: string, entry: FixtureEntry, locale: string): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(contentTypeNamed(kind).fields)) {
    if (field.private || field.kind === 'relation' || field.kind === 'media') continue;
    const given = field.localized ? entry.localized?.[locale] : entry.shared;
    if (field.kind === 'geoPoint') {
      for (const column of Object.values(geoColumns(name))) stored[column] = given?.[column] ?? null;
      continue;
    }
    stored[name] = given?.[name] ?? ('default' in field ? field.default : undefined) ?? null;
  }
  return stored;
}

/** What a town serves of it: the same, less what a confidential entry withholds. */
export function toServedAttributes(kind: string, entry: FixtureEntry, locale: string): Record<string, unknown> {
  const type = contentTypeNamed(kind);
  const stored = toStoredAttributes(kind, entry, locale);
  if (!isConfidentialEntry(type, stored)) return stored;
  const withheld = new Set(withheldFields(type));
  return Object.fromEntries(Object.entries(stored).filter(([name]) => !withheld.has(name)));
}
