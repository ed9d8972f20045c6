import { badRequest, notModelled } from './fake-town-error';
import { isLink, type KindSchema } from './kind-schema';
import type { QueryValue } from './parse-query';
import { readFields } from './read-fields';

/** How deep a real town's query guard lets one request populate. */
const MAX_DEPTH = 3;

/** What to serve of one populated relation or file field: its target's attributes, or some of them. */
export interface PopulatedLink {
  fields?: string[];
  /** A related entry's own links, populated as its `[populate]` asks. */
  populate?: Map<string, PopulatedLink>;
}

const isRecord = (value: unknown): value is Record<string, QueryValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How many relations deep a populate object goes, and the parameter of its deepest one. */
function deepest(value: QueryValue, param: string): [number, string] {
  if (!isRecord(value) || !isRecord(value.populate)) return [1, param];
  return Object.entries(value.populate)
    .map(([name, sub]) => deepest(sub, `${param}[populate][${name}]`))
    .reduce(([depth, at], [d, p]) => (d + 1 > depth ? [d + 1, p] : [depth, at]), [1, param] as [number, string]);
}

/**
 * The `populate` parameter as the gateway and the harvester ask: `*`, names (`populate=a,b`,
 * `populate[0]=a`), `populate[a]=true`, `populate[a][fields][0]=documentId`, and a relation's
 * own links inside it (`populate[a][populate][b][fields][0]=documentId`,
 * `populate[a][populate][file]=true`). Unknown or private fields, attributes that are not
 * links, and more than three levels are a 400 naming the parameter; other forms (filters or
 * sort inside, fields of a file) a 501.
 */
export function readPopulate(
  value: QueryValue | undefined,
  schema: KindSchema,
  schemaOf: (kind: string) => KindSchema,
  param = 'populate',
): Map<string, PopulatedLink> {
  const populated = new Map<string, PopulatedLink>();
  if (value === undefined) return populated;
  const links = [...schema.attributes].filter(([, attribute]) => isLink(attribute)).map(([name]) => name);
  const requests: [string, QueryValue][] = isRecord(value)
    ? Object.entries(value)
    : [value]
        .flat(2)
        .flatMap((item) => String(item).split(','))
        .map((name) => [name.trim(), 'true']);
  for (const [name, sub] of requests) {
    if (sub === 'false' || sub === '0') continue;
    if (name === '*') {
      for (const link of links) populated.set(link, {});
      continue;
    }
    const attribute = schema.attributes.get(name);
    if (!attribute || !isLink(attribute)) throw badRequest(param, `Invalid key ${name}`);
    const [depth, deepestParam] = deepest(sub, `${param}[${name}]`);
    if (depth > MAX_DEPTH) throw badRequest(deepestParam, `${deepestParam} populates ${depth} relations deep; at most ${MAX_DEPTH}.`);
    if (!isRecord(sub)) {
      populated.set(name, {});
      continue;
    }
    if (Object.keys(sub).some((key) => key !== 'fields' && key !== 'populate') || attribute.type === 'media')
      throw notModelled(`${param}[${name}] beyond [fields] and [populate] of a relation`);
    const target = schemaOf(attribute.target!);
    populated.set(name, {
      ...(sub.fields !== undefined ? { fields: readFields(sub.fields, target, 'populate') } : {}),
      ...(sub.populate !== undefined ? { populate: readPopulate(sub.populate, target, schemaOf, `${param}[${name}][populate]`) } : {}),
    });
  }
  return populated;
}
