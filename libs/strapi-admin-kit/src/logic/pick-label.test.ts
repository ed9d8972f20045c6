import { describe, expect, it } from 'vitest';
import { pickLabel, toModelLocale } from './pick-label';

const labels = { en: 'Newcomer', fr: 'Nouvel arrivant', nl: 'Nieuwkomer' };

describe('pickLabel', () => {
  it("uses the admin's language, regional variants included", () => {
    expect(pickLabel(labels, 'nl', 'fr')).toBe('Nieuwkomer');
    expect(pickLabel(labels, 'fr-BE', 'nl')).toBe('Nouvel arrivant');
  });

  it("falls back to the town's main language, then to English", () => {
    expect(pickLabel(labels, 'de', 'fr')).toBe('Nouvel arrivant');
    expect(pickLabel(labels, 'de', 'de')).toBe('Newcomer');
    expect(pickLabel(labels, 'es', undefined)).toBe('Newcomer');
  });

  it('knows only the four model languages', () => {
    expect(toModelLocale('DE')).toBe('de');
    expect(toModelLocale('it')).toBeUndefined();
    expect(toModelLocale(undefined)).toBeUndefined();
  });
});
