import type { Item, ValueFieldShape, ValueTypeShape } from '../custom-field-options';

/**
 * Value <-> form conversions for structured values. The stored JSON stays what the model
 * checks: only the value type's parts, an optional part left empty is absent (never `""`),
 * and an empty value or list is `null`, as an untouched field is.
 */

/** A plain object (not a list): a structured value, a form's state. */
export const isItem = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The items of a stored list (a stored non-list shows as no items; the server refuses it). */
export const toItems = (value: unknown): Item[] => (Array.isArray(value) ? value.filter(isItem) : []);

/** A stored single value, or undefined when there is none. */
export const toSingleItem = (value: unknown): Item | undefined => (isItem(value) ? value : undefined);

/** A new item holds the model's defaults (a cost in EUR, a rule that is not a closure). */
export function newItem(shape: ValueTypeShape): Item {
  return Object.fromEntries(shape.fields.filter((f) => f.default !== undefined).map((f) => [f.name, f.default]));
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** The item with one part set; a blank part is removed rather than stored empty. */
export function setPart(item: Item, name: string, value: unknown): Item {
  const { [name]: _previous, ...rest } = item;
  return isBlank(value) ? rest : { ...rest, [name]: value };
}

/** What an item holds, once blank parts are dropped; undefined if nothing is left. */
export function compactItem(item: Item): Item | undefined {
  const kept = Object.entries(item).filter(([, value]) => !isBlank(value));
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/** The JSON to store for a list: `null` when it holds nothing. */
export const toStoredList = (items: readonly Item[]): Item[] | null => (items.length ? [...items] : null);

/** The JSON to store for a single value: `null` when it holds nothing. */
export const toStoredSingle = (item: Item | undefined): Item | null => (item && compactItem(item)) ?? null;

export const addItem = <T>(items: readonly T[], item: T): T[] => [...items, item];
export const removeItem = <T>(items: readonly T[], index: number): T[] => items.filter((_, i) => i !== index);
export const replaceItem = <T>(items: readonly T[], index: number, item: T): T[] => items.map((old, i) => (i === index ? item : old));

/** Moves an item up (-1) or down (+1); a move past either end changes nothing. */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= items.length || index < 0 || index >= items.length) return [...items];
  const moved = [...items];
  [moved[index], moved[to]] = [moved[to] as T, moved[index] as T];
  return moved;
}

/**
 * A number typed by an editor: `20,50` as in French and Dutch, `20.50` as in English. Text
 * that is no number stays text, so that the save names the part rather than dropping it.
 */
export function parseNumberPart(text: string, field: Pick<ValueFieldShape, 'kind'>): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(number) || (field.kind === 'integer' && !Number.isInteger(number))) return trimmed;
  return number;
}

/** A stored number as the editor writes it: a decimal comma in French, Dutch and German. */
export function formatNumberPart(value: unknown, locale: string): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'number' && locale !== 'en' ? String(value).replace('.', ',') : String(value);
}
