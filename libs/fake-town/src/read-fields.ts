import { badRequest } from './fake-town-error';
import { isLink, type KindSchema } from './kind-schema';
import type { QueryValue } from './parse-query';

/**
 * The `fields` parameter (`fields[0]=name` or `fields=name,start`): attributes of the kind,
 * system fields included; relations and files are populated, not selected. Anything else is
 * a 400 naming `param` (`fields`, or `populate` for a populated relation's fields).
 */
export function readFields(value: QueryValue | undefined, schema: KindSchema, param = 'fields'): string[] | undefined {
  if (value === undefined) return undefined;
  const names = [value]
    .flat(2)
    .flatMap((item) => (typeof item === 'string' ? item.split(',') : []))
    .map((name) => name.trim());
  for (const name of names) {
    const attribute = schema.attributes.get(name);
    if (!attribute || isLink(attribute)) throw badRequest(param, `Invalid key ${name}`);
  }
  return names;
}
