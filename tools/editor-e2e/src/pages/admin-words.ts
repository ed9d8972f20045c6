/**
 * What Strapi's own admin interface says on the buttons and dialogs the scenarios use, in the
 * language the editor's account shows (Strapi's translations: content-manager, upload, admin).
 * Field labels are not here: `field-labels.ts` reads them from the town, as the form shows them.
 */
export interface AdminWords {
  save: string;
  publish: string;
  /** The confirmation the Content Manager asks for when a publication would drop links. */
  publishWithoutRelations: string;
  /** How the date input reads a day: `MM/DD/YYYY` in English, `DD/MM/YYYY` in French, `DD-MM-YYYY` in Dutch. */
  typedDate(isoDay: string): string;
  addAsset: RegExp;
  addMoreAssets: string;
  uploadAssets: RegExp;
  finish: string;
  editAsset: string;
  alternativeText: string;
  /** The media library's entry in the main menu. */
  mediaLibrary: string;
}

export const ENGLISH_ADMIN: AdminWords = {
  save: 'Save',
  publish: 'Publish',
  publishWithoutRelations: 'Publish without relations',
  typedDate: (isoDay) => {
    const [year, month, day] = isoDay.split('-');
    return `${month}/${day}/${year}`;
  },
  addAsset: /^Click to add an asset/,
  addMoreAssets: 'Add more assets',
  uploadAssets: /^Upload \d+ assets? to the library/,
  finish: 'Finish',
  editAsset: 'Edit',
  alternativeText: 'Alternative text',
  mediaLibrary: 'Media Library',
};

export const FRENCH_ADMIN: AdminWords = {
  save: 'Enregistrer',
  publish: 'Publier',
  publishWithoutRelations: 'Oui, publier',
  typedDate: (isoDay) => {
    const [year, month, day] = isoDay.split('-');
    return `${day}/${month}/${year}`;
  },
  addAsset: /^Cliquer pour ajouter un média/,
  addMoreAssets: 'Ajouter plus de médias',
  uploadAssets: /^Importer \d+ médias? dans la médiathèque/,
  finish: 'Terminer',
  editAsset: 'Éditer',
  alternativeText: 'Texte alternatif',
  mediaLibrary: 'Médiathèque',
};

export const DUTCH_ADMIN: AdminWords = {
  save: 'Bewaar',
  publish: 'Publiceer',
  publishWithoutRelations: 'Ja, publiceren',
  typedDate: (isoDay) => {
    const [year, month, day] = isoDay.split('-');
    return `${day}-${month}-${year}`;
  },
  addAsset: /^Klik om een bestand toe te voegen/,
  addMoreAssets: 'Meer bestanden toevoegen',
  uploadAssets: /^\d+ bestand(en)? uploaden naar de bibliotheek/,
  finish: 'Einde',
  editAsset: 'Bewerken',
  alternativeText: 'Alternatieve tekst',
  mediaLibrary: 'Mediabibliotheek',
};

/** The words of the interface language Strapi chose (`<html lang>`), English when it is neither French nor Dutch. */
export const adminWordsFor = (language: string): AdminWords =>
  language.startsWith('fr') ? FRENCH_ADMIN : language.startsWith('nl') ? DUTCH_ADMIN : ENGLISH_ADMIN;
