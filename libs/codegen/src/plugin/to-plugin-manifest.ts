import { geoColumns, isPublic, namingOf, toPluginName, type Domain, type Model } from '@communes/domain';
import { toModelFingerprint } from './model-fingerprint';

export interface PluginManifest {
  domain: Domain;
  pluginName: string;
  modelFingerprint: string;
  contentTypes: {
    /** The kind's singular name, e.g. `agenda-item`. */
    kind: string;
    plural: string;
    uid: string;
    /** Under `/api`. */
    restPath: string;
    graphqlType: string;
    localized: boolean;
    /** The attributes the town serves (geo points as their two columns): what a client may ask for. */
    fields: string[];
  }[];
}

/** What a domain plugin says of itself in the town's capability manifest (`server/manifest.json`). */
export function toPluginManifest(model: Model, domain: Domain): PluginManifest {
  return {
    domain,
    pluginName: toPluginName(domain),
    modelFingerprint: toModelFingerprint(model, domain),
    contentTypes: model.contentTypes
      .filter((type) => type.domain === domain)
      .map((type) => {
        const naming = namingOf(type);
        return {
          kind: type.names.singular,
          plural: type.names.plural,
          uid: naming.uid,
          restPath: naming.restPath,
          graphqlType: naming.graphqlType,
          localized: type.localized,
          fields: Object.entries(type.fields)
            .filter(([, field]) => isPublic(field))
            .flatMap(([name, field]) => (field.kind === 'geoPoint' ? Object.values(geoColumns(name)) : [name])),
        };
      }),
  };
}
