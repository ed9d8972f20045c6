/**
 * The Communes inputs' own words that the scenarios click (libs/strapi-admin-kit's
 * ui-texts.ts), in the languages the scenarios' editors speak. Field and part labels are not
 * here: they are the model's (`editor.label`), read from @communes/domain.
 */
export interface InputWords {
  /** Adds an item to a list of structured values (a channel, a document to bring). */
  add: string;
  /** Adds a period to opening hours; each is then a group named `${period} 1`, ... */
  addPeriod: string;
  period: string;
}

export const INPUT_WORDS = {
  fr: { add: 'Ajouter', addPeriod: 'Ajouter un horaire', period: 'Horaire' },
  nl: { add: 'Toevoegen', addPeriod: 'Openingsuren toevoegen', period: 'Openingsuren' },
} as const satisfies Record<string, InputWords>;
