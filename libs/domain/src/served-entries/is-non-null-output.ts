import type { Confidentiality } from '../content-type';
import type { Field } from '../field';

/** A content type or a value type: what holds fields, and maybe a confidentiality rule. */
export interface FieldOwner {
  fields: Readonly<Record<string, Field>>;
  confidentiality?: Confidentiality;
}

/**
 * Whether the output schema declares a single-value field non-null (`String!`): a required
 * field that every served entry holds. Lists are non-null already (empty when there is
 * nothing). Codegen writes the GraphQL schema from it, and `findEntryProblem` checks each
 * town's entries against it (the gateway's `TOWN_BAD_RESPONSE`, the harvester's refusal), so
 * that a null never bubbles up and erases a whole list.
 *
 * Required fields that stay nullable, and why:
 * - withheld fields of a confidential entry (closed-session items) and the flag that tells
 *   them apart: a confidential entry is served without them, and an entry whose flag is
 *   missing counts as confidential (the rule fails closed);
 * - relations: the related entry is read on its own and may be unpublished, or its read fail;
 * - media: a file can be deleted from the media library while entries still point to it.
 *
 * Localized fields are no exception: a town is read in one locale (the first of the client's
 * chain it publishes in), and Strapi answers only the entries published in that locale, each
 * with its own required fields; no field falls back to another locale.
 */
export function isNonNullOutput(owner: FieldOwner, name: string): boolean {
  const field = owner.fields[name];
  if (!field?.required || field.private) return false;
  if (field.kind === 'relation' || field.kind === 'media') return false;
  const rule = owner.confidentiality;
  return !rule || (rule.visible.includes(name) && rule.when.field !== name);
}
