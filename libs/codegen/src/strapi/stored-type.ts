import type { StrapiAttribute } from './strapi-attribute';

/**
 * The Strapi type each Communes custom field is stored as, by name: libs/strapi-kit registers
 * the fields with these (its test holds both lists equal). Strapi swaps a `customField`
 * attribute for this type when it loads, so columns and answers are the stored type's.
 */
export const CUSTOM_FIELD_STORAGE: Readonly<Record<string, 'json' | 'string' | 'enumeration'>> = {
  vocabulary: 'enumeration',
  'vocabulary-list': 'json',
  'member-list': 'json',
  struct: 'json',
  'opening-hours': 'json',
  'recurrence-rule': 'string',
  'date-time-list': 'json',
  'attribute-answers': 'json',
};

/** An attribute's type as a running Strapi sees it: a custom field's stored type. */
export function storedTypeOf(attribute: Pick<StrapiAttribute, 'type' | 'customField'>): string {
  if (attribute.type !== 'customField') return attribute.type;
  const stored = CUSTOM_FIELD_STORAGE[attribute.customField?.split('.').at(-1) ?? ''];
  if (!stored) throw new Error(`Unknown Communes custom field "${attribute.customField}".`);
  return stored;
}
