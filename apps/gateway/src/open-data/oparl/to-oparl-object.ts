import type { NodeBase, OparlObject } from './oparl-kind';

export const OPARL_SCHEMA = 'https://schema.oparl.org/1.1/';

/**
 * The OParl object around mapped fields: id, type, created/modified from Strapi's timestamps,
 * `deleted: false` (the gateway sees published entries only). Null, undefined and empty
 * strings are dropped: OParl's schemas type each field, and absent beats `null`.
 */
export function toOparlObject(type: string, id: string, node: Partial<NodeBase> | null, fields: OparlObject): OparlObject {
  const object: OparlObject = { id, type: `${OPARL_SCHEMA}${type}` };
  for (const [name, value] of Object.entries(fields)) if (value !== null && value !== undefined && value !== '') object[name] = value;
  if (node?.createdAt) object.created = node.createdAt;
  if (node?.updatedAt) object.modified = node.updatedAt;
  object.deleted = false;
  return object;
}

/** A list of URLs, without gaps or duplicates. */
export const urlList = (urls: (string | undefined)[]): string[] => [...new Set(urls.filter((u): u is string => Boolean(u)))];
