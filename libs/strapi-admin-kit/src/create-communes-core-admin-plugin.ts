import { toModelLocale } from './logic/pick-label';
import { SHARING_PERMISSIONS } from './settings/sharing-api';
import { UI_TEXTS } from './ui-texts';

/** The admin's plugin API, as far as the core plugin uses it. */
interface StrapiAdminApp {
  registerPlugin(plugin: { id: string; name: string }): void;
  addSettingsLink(
    section: { id: string; intlLabel: { id: string; defaultMessage: string } },
    link: {
      id: string;
      to: string;
      intlLabel: { id: string; defaultMessage: string };
      Component: () => Promise<{ default: unknown }>;
      permissions: { action: string; subject: null }[];
    },
  ): void;
}

const PLUGIN_ID = 'communes-core';
/** Loaded when an admin opens the page. */
const loadSharingSettingsPage = () => import('./settings/SharingSettingsPage');
const SHARING_LABEL = `${PLUGIN_ID}.settings.sharing`;

/**
 * The core plugin's admin: Settings › Communes › Sharing between members, where a town's
 * admins choose the channels and members it follows (its `subscriptions`). The link shows
 * to the roles holding the plugin's "Sharing › Read" permission (the Super Admin always).
 */
export function createCommunesCoreAdminPlugin(displayName = 'Communes: core') {
  return {
    register(app: StrapiAdminApp) {
      app.registerPlugin({ id: PLUGIN_ID, name: displayName });
      app.addSettingsLink(
        { id: 'communes', intlLabel: { id: `${PLUGIN_ID}.settings.section`, defaultMessage: 'Communes' } },
        {
          id: 'communes-sharing',
          to: 'communes/sharing',
          intlLabel: { id: SHARING_LABEL, defaultMessage: UI_TEXTS.sharingTitle.en },
          Component: loadSharingSettingsPage,
          permissions: SHARING_PERMISSIONS.read,
        },
      );
    },
    bootstrap() {},
    /** The settings menu's words; the page itself speaks from the inputs' four-language texts. */
    async registerTrads({ locales }: { locales: string[] }) {
      return locales.map((locale) => {
        return { locale, data: { [SHARING_LABEL]: UI_TEXTS.sharingTitle[toModelLocale(locale) ?? 'en'] } };
      });
    },
  };
}
