/** A file as Strapi's upload plugin stores it, with what the check reads. */
export interface StoredFile {
  name?: string | null;
  mime?: string | null;
  alternativeText?: string | null;
}

export interface ImageWithoutAltText {
  field: string;
  fileName: string;
}

/**
 * The pictures among an entry's media fields that have no alternative text. Only images count
 * (a PDF among a meeting's files needs none); blank text counts as none.
 */
export function findImagesWithoutAltText(entry: Record<string, unknown>, fields: readonly string[]): ImageWithoutAltText[] {
  const missing: ImageWithoutAltText[] = [];
  for (const field of fields) {
    const files = ([] as (StoredFile | null)[]).concat((entry[field] as StoredFile | StoredFile[] | null | undefined) ?? []);
    for (const file of files) {
      if (!file?.mime?.startsWith('image/')) continue;
      if (!file.alternativeText?.trim()) missing.push({ field, fileName: file.name ?? '' });
    }
  }
  return missing;
}
