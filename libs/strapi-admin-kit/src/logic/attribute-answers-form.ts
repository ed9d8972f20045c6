import type { Labels, ValueFieldShape } from '../custom-field-options';
import { isItem } from './struct-form';

/** A service type's question (Open311 attribute) as its form stores it; only what the input reads. */
export interface Question {
  code: string;
  /** False for a plain information text, which takes no answer. */
  variable: boolean;
  datatype: string;
  required: boolean;
  description: string;
  hint?: string;
  values: { key: string; name: string }[];
}

export type Answer = string | number | string[];
export type Answers = Record<string, Answer>;

/** The longest `string` and `text` answers (the model's, through the field's options). */
export interface AnswerLengths {
  string: number;
  text: number;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** Questions without a position come after those with one. */
const orderOf = (raw: Record<string, unknown>) => (typeof raw.order === 'number' ? raw.order : Number.MAX_SAFE_INTEGER);

/**
 * A service type's questions in the order its editors gave them (by `order`, then as listed);
 * entries without a code cannot be answered and are left out.
 */
export function toQuestions(stored: unknown): Question[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .map((raw, index) => ({ raw, index }))
    .filter((entry): entry is { raw: Record<string, unknown>; index: number } => isItem(entry.raw) && text(entry.raw.code) !== undefined)
    .sort((a, b) => orderOf(a.raw) - orderOf(b.raw) || a.index - b.index)
    .map(({ raw }) => ({
      code: String(raw.code),
      variable: raw.variable !== false,
      datatype: typeof raw.datatype === 'string' ? raw.datatype : 'string',
      required: raw.required === true,
      description: text(raw.description) ?? String(raw.code),
      hint: text(raw.datatypeDescription),
      values: (Array.isArray(raw.values) ? raw.values : [])
        .filter(isItem)
        .filter((v) => text(v.key) !== undefined)
        .map((v) => ({ key: String(v.key), name: text(v.name) ?? String(v.key) })),
    }));
}

/** The stored answers; anything else stored reads as no answer (the save then names it). */
export const toAnswers = (value: unknown): Answers => (isItem(value) ? (value as Answers) : {});

/**
 * The answers once one changes: an empty answer (no text, no choice) is removed, and no
 * answer at all is stored as `null`, like an untouched field.
 */
export function setAnswer(answers: Answers, code: string, answer: unknown): Answers | null {
  const next: Answers = {};
  for (const [c, a] of Object.entries(answers)) if (c !== code) next[c] = a;
  const kept =
    (typeof answer === 'string' && answer !== '') ||
    (typeof answer === 'number' && Number.isFinite(answer)) ||
    (Array.isArray(answer) && answer.length > 0);
  if (kept) next[code] = answer as Answer;
  return Object.keys(next).length ? next : null;
}

/** Answers to questions the type no longer asks: still shown, so that nobody loses them unseen. */
export const answersWithoutQuestion = (answers: Answers, questions: readonly Question[]): [string, Answer][] =>
  Object.entries(answers).filter(([code]) => !questions.some((q) => q.code === code));

/** An answer as words: a choice by its name, a list of choices joined. */
export function describeAnswer(answer: Answer, question?: Question): string {
  const name = (key: string) => question?.values.find((v) => v.key === key)?.name ?? key;
  return Array.isArray(answer) ? answer.map(name).join(', ') : typeof answer === 'string' ? name(answer) : String(answer);
}

const sameLabel = (words: string): Labels => ({ en: words, fr: words, nl: words, de: words });

/**
 * The input a question calls for, as the structured-value parts describe theirs: its words are
 * the town's own (in the language the service type was read in), its choices keyed as stored.
 */
export function toAnswerField(question: Question, maxLength: AnswerLengths): ValueFieldShape {
  const base = {
    name: question.code,
    labels: sameLabel(question.description),
    help: question.hint ? sameLabel(question.hint) : undefined,
    required: question.required,
  };
  const vocabulary = { name: question.code, codes: question.values.map((v) => ({ code: v.key, labels: sameLabel(v.name) })) };
  switch (question.datatype) {
    case 'number':
      return { ...base, kind: 'decimal' };
    case 'datetime':
      return { ...base, kind: 'dateTime' };
    case 'singlevaluelist':
      return { ...base, kind: 'enumeration', vocabulary };
    case 'multivaluelist':
      return { ...base, kind: 'enumerationList', vocabulary };
    case 'text':
      return { ...base, kind: 'text', maxLength: maxLength.text };
    default:
      return { ...base, kind: 'string', maxLength: maxLength.string };
  }
}
