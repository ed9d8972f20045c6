import type { Core } from '@strapi/strapi';
import type { CoreConfig } from '../core/core-config';
import { type SavedSubscriptions, type SharingSettings, toSharingSettings } from './sharing-settings';

const STORE_KEY = 'subscriptions';

const store = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: 'communes-core', key: STORE_KEY });
const coreConfig = (strapi: Core.Strapi) => strapi.config.get('plugin::communes-core') as CoreConfig;

/** The town's sharing settings: the admin panel's saved choice if any, else the operator's configuration. */
export async function readSharingSettings(strapi: Core.Strapi): Promise<SharingSettings> {
  const config = coreConfig(strapi);
  const saved = ((await store(strapi).get({})) as SavedSubscriptions | null) ?? null;
  return toSharingSettings(config.town.code, config.subscriptions ?? [], saved);
}

/** The subscriptions the town's manifest serves. */
export const subscriptionsInForce = async (strapi: Core.Strapi): Promise<string[]> => (await readSharingSettings(strapi)).subscriptions;

export async function saveSubscriptions(strapi: Core.Strapi, subscriptions: string[], updatedBy: string): Promise<void> {
  await store(strapi).set({ value: { subscriptions, updatedAt: new Date().toISOString(), updatedBy } satisfies SavedSubscriptions });
}

/** Back to the operator's configuration. */
export async function forgetSavedSubscriptions(strapi: Core.Strapi): Promise<void> {
  await store(strapi).delete({});
}
