import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PluginContentType {
  schema: { info: { singularName: string } } & Record<string, unknown>;
}

/**
 * Reads the generated `<dir>/<singularName>/schema.json` files. Strapi requires a plugin's
 * `contentTypes` key to equal the schema's `info.singularName`, so a mismatch fails here,
 * at load, rather than as a missing uid later.
 */
export function loadContentTypes(dir: string): Record<string, PluginContentType> {
  if (!existsSync(dir)) throw new Error(`No generated content types in ${dir}: run npm run generate.`);
  const contentTypes: Record<string, PluginContentType> = {};
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of folders) {
    const schema = JSON.parse(readFileSync(join(dir, name, 'schema.json'), 'utf8')) as PluginContentType['schema'];
    if (schema.info?.singularName !== name) {
      throw new Error(`${join(dir, name, 'schema.json')}: info.singularName is "${schema.info?.singularName}", expected "${name}".`);
    }
    contentTypes[name] = { schema };
  }
  if (folders.length === 0) throw new Error(`No generated content types in ${dir}: run npm run generate.`);
  return contentTypes;
}
