import type { Domain, Model } from '@communes/domain';
import { namingOf, toPluginName } from '../names';
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
        };
      }),
  };
}
