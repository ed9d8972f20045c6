import type { Locale, Vocabulary, VocabularyCode } from './field';

type Labels = Readonly<Partial<Record<Locale, string>>> & { en: string };

/** Declares a vocabulary from `{ code: labels }`, in the order given. */
export function defineVocabulary(name: string, description: string, codes: Readonly<Record<string, Labels>>): Vocabulary {
  return {
    name,
    description,
    codes: Object.entries(codes).map(([code, labels]): VocabularyCode => ({ code, labels })),
  };
}
