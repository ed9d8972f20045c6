import type { Core } from '@strapi/strapi';
import type { CoreConfig } from '../core/core-config';
import { strapiValidationError } from '../model-validation/strapi-validation-error';
import { readSubscriptionsUpdate } from './sharing-settings';
import { forgetSavedSubscriptions, readSharingSettings, saveSubscriptions } from './sharing-settings-store';

export interface AdminContext {
  request: { body?: unknown };
  state: { user?: { firstname?: string | null; lastname?: string | null; username?: string | null } };
  body: unknown;
}

/** The admin's name as Strapi's panel shows it: first and last name, else username. */
const adminName = (user: AdminContext['state']['user']): string =>
  [user?.firstname, user?.lastname].filter(Boolean).join(' ') || user?.username || 'admin';

/** The sharing settings page's API: read them, save the subscriptions, go back to the operator's. */
export const createSharingSettingsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: AdminContext) {
    ctx.body = { data: await readSharingSettings(strapi) };
  },
  async update(ctx: AdminContext) {
    const { town } = strapi.config.get('plugin::communes-core') as CoreConfig;
    const update = readSubscriptionsUpdate(ctx.request.body, town.code);
    if ('problem' in update)
      throw strapiValidationError(update.problem, { errors: [{ path: update.path, message: update.problem, name: 'ValidationError' }] });
    await saveSubscriptions(strapi, update.subscriptions, adminName(ctx.state.user));
    strapi.log.info(`[communes-core] subscriptions saved in the admin panel: ${update.subscriptions.join(', ') || '(none)'}`);
    ctx.body = { data: await readSharingSettings(strapi) };
  },
  async reset(ctx: AdminContext) {
    await forgetSavedSubscriptions(strapi);
    strapi.log.info('[communes-core] subscriptions back to the configuration');
    ctx.body = { data: await readSharingSettings(strapi) };
  },
});
