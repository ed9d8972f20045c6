/** What the guard reads of a Strapi attribute: its type and, for links, what it points to. */
export interface AttributeSchema {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  private?: boolean;
}

/** What the guard reads of a content type or component, as `strapi.getModel(uid)` answers. */
export interface ModelSchema {
  attributes: Record<string, AttributeSchema>;
}

/** A model by uid; `undefined` for a uid Strapi does not know. */
export type ModelLookup = (uid: string) => ModelSchema | undefined;

/** The upload plugin's file model: the target of every media attribute. */
export const FILE_MODEL_UID = 'plugin::upload.file';

/**
 * The uid of the model an attribute leads to (a relation's target, a component, a media's
 * file), or undefined for a scalar or a polymorphic relation (which leads to any type).
 */
export function targetUidOf(attribute: AttributeSchema): string | undefined {
  if (attribute.type === 'media') return FILE_MODEL_UID;
  if (attribute.type === 'component') return attribute.component;
  if (attribute.type === 'relation' && !isMorphRelation(attribute)) return attribute.target;
  return undefined;
}

/** A relation to entries of any type (the upload plugin's `related`): morphToMany and the like. */
export const isMorphRelation = (attribute: AttributeSchema): boolean =>
  attribute.type === 'relation' && /^morph/i.test(attribute.relation ?? '');

/** Attributes that lead to other entries, and so can be populated. */
export const isPopulatable = (attribute: AttributeSchema): boolean =>
  ['relation', 'media', 'component', 'dynamiczone'].includes(attribute.type);
