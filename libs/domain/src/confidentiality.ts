import type { ContentType } from './content-type';

type TypeWithRule = Pick<ContentType, 'fields' | 'confidentiality'>;

/**
 * The fields a confidential entry of the type does not leave the town with: every field but
 * the visible ones (for a resolved type, the inverse sides of relations included). Empty for
 * a type without a confidentiality rule.
 */
export function withheldFields(type: TypeWithRule): string[] {
  const rule = type.confidentiality;
  if (!rule) return [];
  return Object.keys(type.fields).filter((name) => !rule.visible.includes(name));
}

export const isWithheldField = (type: TypeWithRule, field: string): boolean => withheldFields(type).includes(field);

/**
 * Whether an entry, as read (a town's REST entry, a GraphQL node), is confidential. A flag
 * that is missing or not a boolean counts as confidential: what cannot be shown open is closed.
 */
export function isConfidentialEntry(type: TypeWithRule, entry: object): boolean {
  const rule = type.confidentiality;
  if (!rule) return false;
  const flag = (entry as Readonly<Record<string, unknown>>)[rule.when.field];
  return typeof flag !== 'boolean' || flag === rule.when.equals;
}

/**
 * Whether a relation field is the far side of a withheld relation: a paper's `agendaItems`
 * mirrors an item's withheld `papers`, so a paper must not list the confidential items either,
 * or the link the item withholds would show from the paper.
 */
export function isWithheldLink(type: TypeWithRule, field: string, typeNamed: (singular: string) => TypeWithRule | undefined): boolean {
  const relation = type.fields[field];
  if (relation?.kind !== 'relation' || relation.inverse === undefined) return false;
  const target = typeNamed(relation.target);
  return target !== undefined && isWithheldField(target, relation.inverse);
}
