import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const SCHEMA_DIR = join(__dirname, 'oparl-1.1-schema');
const TYPE_PREFIX = 'https://schema.oparl.org/1.1/';

type Json = Record<string, unknown>;

/**
 * OParl's `schema` keyword nests another of its schemas by file name (a File inside a
 * Meeting); Ajv does not know it, so it becomes a `$ref` to that schema. Only where the value
 * is an object: Body.mainOrganization says `"schema": "Organization"` on a URL string.
 */
function resolveNestedSchemas(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(resolveNestedSchemas);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) if (key !== 'schema') out[key] = resolveNestedSchemas(value);
  const nested = (node as Json).schema;
  if (typeof nested === 'string' && (node as Json).type === 'object')
    out.allOf = [{ $ref: nested.endsWith('.json') ? nested : `${nested}.json` }];
  return out;
}

function createValidators(): Map<string, ValidateFunction> {
  // strict: false for OParl's own keywords (references, cardinality...); unicodeRegExp: false
  // because its patterns escape ":" and "/", which Unicode-mode regular expressions refuse.
  const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats(ajv, ['date', 'date-time']);
  ajv.addFormat('url', (value: string) => /^https?:\/\/[^\s/?#]+[^\s]*$/.test(value) && URL.canParse(value));
  const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json'));
  for (const file of files)
    ajv.addSchema({ ...(resolveNestedSchemas(JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8'))) as Json), $id: file });
  return new Map(files.map((file) => [file.replace(/\.json$/, ''), ajv.getSchema(file)!]));
}

let validators: Map<string, ValidateFunction> | undefined;

/** The errors of an OParl object against the OParl 1.1 schema its `type` names; [] when valid. */
export function oparlErrors(object: unknown): string[] {
  validators ??= createValidators();
  const type = (object as Json | null)?.type;
  const name = typeof type === 'string' && type.startsWith(TYPE_PREFIX) ? type.slice(TYPE_PREFIX.length) : undefined;
  const validate = name ? validators.get(name) : undefined;
  if (!validate) return [`type ${JSON.stringify(type)} is not an OParl 1.1 type`];
  if (validate(object)) return [];
  return (validate.errors ?? []).map((e) => `${name}${e.instancePath} ${e.message} (${e.schemaPath})`);
}

/** Throws with every schema error of an OParl object. */
export function assertValidOparl(object: unknown): void {
  const errors = oparlErrors(object);
  if (errors.length) throw new Error(`Invalid OParl object ${(object as Json)?.id}:\n${errors.join('\n')}`);
}
