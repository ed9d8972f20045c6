import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './launch-chromium';
import type { SharedSession } from './shared-session';

export interface EditorBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * A browser already logged in as the Editor, or the super admin (the global setup's storage states), French-speaking
 * on Brussels time, at the size the README's screenshot is taken (1280x900).
 */
export async function openEditorBrowser(session: SharedSession, as: 'editor' | 'chief' = 'editor'): Promise<EditorBrowser> {
  const browser = await launchChromium();
  const context = await browser.newContext({
    storageState: as === 'chief' ? session.chiefStorageState : session.storageState,
    viewport: { width: 1280, height: 900 },
    locale: 'fr-BE',
    // A Belgian editor's clock: Strapi's date-time picker reads the browser's time zone.
    timezoneId: 'Europe/Brussels',
  });
  const page = await context.newPage();
  return { browser, context, page, close: () => browser.close() };
}
