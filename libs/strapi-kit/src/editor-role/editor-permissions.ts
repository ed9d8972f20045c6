import type { Core } from '@strapi/strapi';

/** What an editor does with a Communes entry in the Content Manager. */
export const EDITOR_CONTENT_ACTIONS = ['create', 'read', 'update', 'delete', 'publish'].map(
  (action) => `plugin::content-manager.explorer.${action}`,
);

/** The media library, as Strapi's own Editor role has it: browse, upload, edit, download, link. */
export const EDITOR_MEDIA_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

/** The types an editor works on: every content type of a Communes plugin, whichever are installed. */
export const isCommunesType = (uid: string): boolean => uid.startsWith('plugin::communes-');

export interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[]; locales?: string[] };
  conditions?: string[];
}

interface Action {
  actionId: string;
  subjects?: string[];
}

/**
 * The Editor role's permissions for the given Communes types: each content action with every
 * field but the private ones (Strapi's own way of listing them, nested fields included) and, for a localized type,
 * every locale of the town; then the media library. Nothing else: no settings, no
 * Content-Type Builder, no marketplace, no users.
 */
export function editorPermissions(strapi: Core.Strapi, uids: readonly string[], locales: readonly string[]): PermissionInput[] {
  const { actionProvider } = strapi.service('admin::permission') as { actionProvider: { get(id: string): Action | undefined } };
  const actions = EDITOR_CONTENT_ACTIONS.map((id) => actionProvider.get(id)).filter((action): action is Action => action !== undefined);
  const others = [...new Set(actions.flatMap((action) => action.subjects ?? []))].filter((subject) => !uids.includes(subject));
  const withFields = (
    strapi.service('admin::content-type') as {
      getPermissionsWithNestedFields(actions: Action[], options: { restrictedSubjects: string[] }): PermissionInput[];
    }
  ).getPermissionsWithNestedFields(actions, { restrictedSubjects: others });
  const isLocalized = (uid: string) =>
    Boolean(
      (strapi.contentTypes[uid as never] as { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined)?.pluginOptions?.i18n
        ?.localized,
    );
  // A private field (a requester's name, e-mail, phone) is personal data the town's service
  // desk handles: the communication officers the Editor role is for neither read nor write it.
  const isPrivate = (uid: string, field: string) =>
    Boolean(
      (strapi.contentTypes[uid as never] as { attributes?: Record<string, { private?: boolean }> } | undefined)?.attributes?.[
        field.split('.')[0]!
      ]?.private,
    );
  const content = withFields.map(({ action, subject, properties }) => ({
    action,
    subject: subject ?? null,
    properties: {
      ...(properties?.fields ? { fields: properties.fields.filter((field) => !subject || !isPrivate(subject, field)) } : {}),
      ...(subject && isLocalized(subject) ? { locales: [...locales] } : {}),
    },
    conditions: [],
  }));
  return [...content, ...EDITOR_MEDIA_ACTIONS.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))];
}
