import type { VocabularyOption } from '../custom-field-options';

/** The stored codes of a vocabulary list (anything else stored shows as no codes). */
export const toCodes = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string') : [];

/**
 * The list once a code is ticked or unticked: known codes in the vocabulary's order, each
 * once, then any code the vocabulary does not know (kept so that the editor sees it and the
 * save names it). `null` when nothing is left, as an untouched field.
 */
export function toggleCode(codes: readonly string[], code: string, on: boolean, vocabulary: VocabularyOption): string[] | null {
  const chosen = new Set(codes.filter((c) => c !== code));
  if (on) chosen.add(code);
  const known = vocabulary.codes.map((c) => c.code);
  const next = [...known.filter((c) => chosen.has(c)), ...[...chosen].filter((c) => !known.includes(c))];
  return next.length ? next : null;
}
