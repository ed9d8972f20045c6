import { join } from 'node:path';
import { loadContentTypes } from '../../load-content-types';
import type { GetModel, StrapiModel } from '../strapi-model';

const PLUGIN = 'communes-council';

/**
 * The council plugin's generated schemas as Strapi holds them at run time: under their uid,
 * with the `localizations` relation the i18n plugin adds to every content type.
 */
const models = new Map<string, StrapiModel>(
  Object.entries(loadContentTypes(join(__dirname, '..', '..', '..', '..', '..', 'plugins', 'council', 'server', 'content-types'))).map(
    ([name, { schema }]) => {
      const uid = `plugin::${PLUGIN}.${name}`;
      const attributes = {
        ...(schema.attributes as StrapiModel['attributes']),
        localizations: { type: 'relation', relation: 'oneToMany', target: uid },
      };
      return [uid, { uid, attributes, pluginOptions: schema.pluginOptions as StrapiModel['pluginOptions'] }];
    },
  ),
);

export const getCouncilModel: GetModel = (uid) => models.get(uid);
export const councilModel = (name: string): StrapiModel => models.get(`plugin::${PLUGIN}.${name}`)!;
