import type { Core } from '@strapi/strapi';
import { editorPermissions, isCommunesType } from './editor-permissions';

/** Strapi creates a role with this code on a fresh database; Communes makes it the editors' role. */
export const EDITOR_ROLE_CODE = 'strapi-editor';
export const EDITOR_ROLE_NAME = 'Editor';
const DESCRIPTION = 'Editors enter and publish the Communes content and use the media library; they do not change the schema or settings.';
const STORE_KEY = 'editor-role';

interface Granted {
  uids: string[];
  locales: string[];
}

export interface EditorRole {
  id: number;
  code: string;
}

interface RoleService {
  create(attributes: { name: string; code: string; description: string }): Promise<EditorRole>;
  assignPermissions(roleId: number, permissions: unknown[]): Promise<unknown>;
  addPermissions(roleId: number, permissions: unknown[]): Promise<unknown>;
}

const townLocales = async (strapi: Core.Strapi): Promise<string[]> => {
  const i18n = strapi.plugin('i18n');
  if (!i18n) return [];
  return ((await i18n.service('locales').find()) as { code: string }[]).map((locale) => locale.code).sort();
};

/**
 * The editors' admin role, made on first start and kept: Strapi's "Editor" role (created
 * with every content type, the users-permissions users among them) gets exactly the Communes
 * types and the media library. Once: the town may change the role in the admin panel
 * afterwards, and a restart keeps its changes. Later starts only add what is new: the types
 * of a plugin installed since, a locale the town added to TOWN_LOCALES (on the role's
 * Communes permissions that still hold every earlier locale).
 * Run it from the app's bootstrap (the core plugin's `editor-role` service): after the core
 * plugin has synced the locales, and after Strapi's admin has made its own roles.
 */
export async function ensureEditorRole(strapi: Core.Strapi): Promise<EditorRole> {
  const roles = strapi.service('admin::role') as RoleService;
  const store = strapi.store({ type: 'plugin', name: 'communes-core' });
  const uids = Object.keys(strapi.contentTypes).filter(isCommunesType).sort();
  const locales = await townLocales(strapi);

  const role =
    ((await strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ROLE_CODE } })) as EditorRole | null) ??
    ((await strapi.db.query('admin::role').findOne({ where: { name: EDITOR_ROLE_NAME } })) as EditorRole | null) ??
    (await roles.create({ name: EDITOR_ROLE_NAME, code: EDITOR_ROLE_CODE, description: DESCRIPTION }));
  const granted = (await store.get({ key: STORE_KEY })) as Granted | null;

  if (!granted) {
    await strapi.db.query('admin::role').update({ where: { id: role.id }, data: { description: DESCRIPTION } });
    await roles.assignPermissions(role.id, editorPermissions(strapi, uids, locales));
  } else {
    const newUids = uids.filter((uid) => !granted.uids.includes(uid));
    const contentPermissions = editorPermissions(strapi, newUids, locales).filter((permission) => permission.subject);
    if (contentPermissions.length) await roles.addPermissions(role.id, contentPermissions);
    const newLocales = locales.filter((locale) => !granted.locales.includes(locale));
    if (newLocales.length) await addLocales(strapi, role.id, granted.locales, locales);
  }
  await store.set({ key: STORE_KEY, value: { uids, locales } satisfies Granted });
  return role;
}

/** Widens the role's Communes permissions that hold every locale granted before to the town's locales now. */
async function addLocales(strapi: Core.Strapi, roleId: number, before: string[], now: string[]): Promise<void> {
  const permissions = (await strapi.db.query('admin::permission').findMany({ where: { role: { id: roleId } } })) as {
    id: number;
    subject: string | null;
    properties: { locales?: string[] } | null;
  }[];
  for (const permission of permissions) {
    const held = permission.properties?.locales;
    if (!permission.subject || !isCommunesType(permission.subject) || !held) continue;
    if (!before.every((locale) => held.includes(locale))) continue;
    await strapi.db.query('admin::permission').update({
      where: { id: permission.id },
      data: { properties: { ...permission.properties, locales: [...new Set([...held, ...now])].sort() } },
    });
  }
}
