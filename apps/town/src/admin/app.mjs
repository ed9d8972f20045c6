// The town's admin panel: Strapi loads this file (src/admin/app.{js,mjs,ts,jsx,tsx}) when it
// builds the panel (`npm run admin:build`).
import typeNames from './generated/type-names.mjs';
import de from './strapi-words/de.mjs';
import fr from './strapi-words/fr.mjs';
import nl from './strapi-words/nl.mjs';

/** The languages the towns work in. Strapi always keeps English; the others are offered in each profile. */
export const ADMIN_LOCALES = ['fr', 'nl', 'de'];

export default {
  config: {
    locales: ADMIN_LOCALES,
    // Strapi's Content Manager shows a type by its schema name ("Council · Meeting") passed
    // through these translations: an editor reads "Conseil · Séance". Strapi 5.54's own French,
    // Dutch and German leave hundreds of its words in English (field hints, the media library,
    // dialogs): ./strapi-words fills those gaps, and the type names win on their own keys.
    translations: {
      ...typeNames,
      fr: { ...fr, ...typeNames.fr },
      nl: { ...nl, ...typeNames.nl },
      de: { ...de, ...typeNames.de },
    },
    // Strapi's video tutorials and help links are for developers.
    tutorials: false,
  },
  bootstrap() {},
};
