import type { Locale } from '@communes/domain';

const WORDS: Record<Locale, (title: string, reason: string) => string> = {
  fr: (title, reason) => `« ${title} » ne peut pas être publié avec cette entrée : ${reason}`,
  nl: (title, reason) => `"${title}" kan niet samen met dit item gepubliceerd worden: ${reason}`,
  de: (title, reason) => `„${title}“ kann nicht mit diesem Eintrag veröffentlicht werden: ${reason}`,
  en: (title, reason) => `"${title}" cannot be published with this entry: ${reason}`,
};

/** Why publishing stopped, in the editor's language: the linked entry that could not go live, and its own reason. */
export function describeLinkedPublishFailure(title: string, reason: string, language: Locale): string {
  return WORDS[language](title, reason);
}
