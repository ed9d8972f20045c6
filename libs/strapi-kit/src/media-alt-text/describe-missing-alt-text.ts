import type { Locale } from '@communes/domain';

const WORDS: Record<Locale, (file: string) => string> = {
  fr: (file) =>
    `L’image « ${file} » n’a pas de texte alternatif : décrivez-la dans la médiathèque (Texte alternatif) avant de publier, pour qui ne peut pas la voir.`,
  nl: (file) =>
    `De afbeelding "${file}" heeft geen alternatieve tekst: beschrijf ze in de mediabibliotheek (Alternatieve tekst) vóór het publiceren, voor wie ze niet kan zien.`,
  de: (file) =>
    `Das Bild „${file}“ hat keinen Alternativtext: beschreiben Sie es vor dem Veröffentlichen in der Medienbibliothek (Alternativtext), für alle, die es nicht sehen können.`,
  en: (file) =>
    `The image "${file}" has no alternative text: describe it in the media library (Alternative text) before publishing, for readers who cannot see it.`,
};

/** The message under an image field whose picture has no alternative text, in the editor's language. */
export function describeMissingAltText(fileName: string, language: Locale): string {
  return WORDS[language](fileName);
}
