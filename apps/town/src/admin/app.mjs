// The town's admin panel: Strapi loads this file (src/admin/app.{js,mjs,ts,jsx,tsx}) when it
// builds the panel (`npm run admin:build`).
import typeNames from './generated/type-names.mjs';

/** The languages the towns work in. Strapi always keeps English; the others are offered in each profile. */
export const ADMIN_LOCALES = ['fr', 'nl', 'de'];

export default {
  config: {
    locales: ADMIN_LOCALES,
    // Strapi's Content Manager shows a type by its schema name ("Council · Meeting") passed
    // through these translations: an editor reads "Conseil · Séance".
    translations: typeNames,
    // Strapi's video tutorials and help links are for developers.
    tutorials: false,
  },
  bootstrap() {},
};
