import type { ContentType, Domain } from './content-type';

const camel = (kebab: string): string => kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (kebab: string): string => camel(kebab).replace(/^./, (c) => c.toUpperCase());
const snake = (kebab: string): string => kebab.replace(/-/g, '_');

/** The npm-independent Strapi plugin name of a domain: its uids are `plugin::<name>.<singular>`. */
export const toPluginName = (domain: Domain): string => `communes-${domain}`;

export const toUid = (domain: Domain, singular: string): string => `plugin::${toPluginName(domain)}.${singular}`;

/** The npm package of a domain's plugin, as towns install it. */
export const toPluginPackageName = (domain: Domain): string => `@communes/strapi-plugin-${domain}`;

export interface ContentTypeNaming {
  uid: string;
  pluginName: string;
  collectionName: string;
  /** The REST path under `/api`, as Strapi's core router builds it. */
  restPath: string;
  graphqlType: string;
  /** The root list field, e.g. `agendaItems`. */
  listField: string;
  /** The root single-entry field, e.g. `agendaItem`. */
  singleField: string;
}

const namings = new WeakMap<object, ContentTypeNaming>();

/**
 * Every name derived from a content type comes from here, never typed by hand elsewhere:
 * codegen writes them into the Strapi schemas and the SDL, and the gateway, the towns' tests
 * and the seeder read them from here.
 */
export function namingOf(type: Pick<ContentType, 'domain' | 'names'>): ContentTypeNaming {
  // Called per entry by the gateway: the names of a type are derived once.
  let naming = namings.get(type);
  if (!naming) {
    naming = deriveNaming(type);
    namings.set(type, naming);
  }
  return naming;
}

function deriveNaming(type: Pick<ContentType, 'domain' | 'names'>): ContentTypeNaming {
  const pluginName = toPluginName(type.domain);
  return {
    uid: toUid(type.domain, type.names.singular),
    pluginName,
    collectionName: `communes_${snake(type.domain)}_${snake(type.names.plural)}`,
    restPath: `/${pluginName}/${type.names.plural}`,
    graphqlType: pascal(type.names.singular),
    listField: camel(type.names.plural),
    singleField: camel(type.names.singular),
  };
}

/** Strapi's column name for a camelCase attribute. */
export const toColumnName = (field: string): string => field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** A geo point is stored as two float columns; this names them. */
export const geoColumns = (field: string): { latitude: string; longitude: string } => ({
  latitude: `${field}Latitude`,
  longitude: `${field}Longitude`,
});
