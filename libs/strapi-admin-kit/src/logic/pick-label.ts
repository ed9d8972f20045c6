import type { Labels, Locale } from '../custom-field-options';

const LOCALES: readonly Locale[] = ['fr', 'nl', 'de', 'en'];

/** `fr-BE`, `FR`, `fr` alike; undefined for a language the model has no labels in. */
export function toModelLocale(locale: string | undefined): Locale | undefined {
  const language = locale?.slice(0, 2).toLowerCase();
  return LOCALES.find((l) => l === language);
}

/**
 * The label an editor reads: in the admin's language, else the town's main language, else
 * English (which every label has). Never the code.
 */
export function pickLabel(labels: Labels, adminLocale: string | undefined, townLocale: string | undefined): string {
  for (const locale of [toModelLocale(adminLocale), toModelLocale(townLocale)]) {
    const label = locale && labels[locale];
    if (label) return label;
  }
  return labels.en;
}
