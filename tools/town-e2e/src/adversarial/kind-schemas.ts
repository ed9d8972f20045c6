import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { storedTypeOf, type StrapiAttribute } from '@communes/codegen';

export interface KindAttribute {
  type: string;
  private?: boolean;
  required?: boolean;
  /** For relations: the target kind's singular name. */
  target?: string;
  relation?: string;
  localized: boolean;
  maxLength?: number;
  enum?: string[];
}

export interface KindSchema {
  singular: string;
  plural: string;
  /** e.g. `/communes-council/agenda-items`, under the town's `/api`. */
  restPath: string;
  localized: boolean;
  attributes: Record<string, KindAttribute>;
}

const PLUGINS = resolve(__dirname, '..', '..', '..', '..', 'plugins');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * Every content kind the towns serve, read from the Strapi schemas codegen writes into each
 * plugin: a field added to the model joins the crawl without a change here.
 */
export function loadKindSchemas(): KindSchema[] {
  const kinds: KindSchema[] = [];
  for (const plugin of readdirSync(PLUGINS).sort()) {
    let folder: string[];
    try {
      folder = readdirSync(join(PLUGINS, plugin, 'server', 'content-types')).sort();
    } catch {
      continue; // the core plugin has no content types
    }
    const pluginName = readJson(join(PLUGINS, plugin, 'package.json')).strapi.name as string;
    for (const type of folder) {
      const schema = readJson(join(PLUGINS, plugin, 'server', 'content-types', type, 'schema.json'));
      const attributes: Record<string, KindAttribute> = {};
      for (const [name, a] of Object.entries<StrapiAttribute>(schema.attributes)) {
        attributes[name] = {
          // A custom field (an input in the admin) is stored and filtered as its stored type.
          type: storedTypeOf(a),
          private: a.private === true,
          required: a.required === true,
          target: a.target?.split('.').at(-1),
          relation: a.relation,
          localized: a.pluginOptions?.i18n?.localized === true,
          maxLength: a.maxLength,
          enum: a.enum,
        };
      }
      kinds.push({
        singular: schema.info.singularName,
        plural: schema.info.pluralName,
        restPath: `/${pluginName}/${schema.info.pluralName}`,
        localized: schema.pluginOptions?.i18n?.localized === true,
        attributes,
      });
    }
  }
  return kinds;
}
