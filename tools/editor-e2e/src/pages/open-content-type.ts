import type { Page } from 'playwright-core';

const collection = (townUrl: string, uid: string) => `${townUrl}/admin/content-manager/collection-types/${uid}`;

/** The form that creates an entry of a type, in a locale. */
export async function openCreateForm(page: Page, townUrl: string, uid: string, locale = 'fr'): Promise<void> {
  await page.goto(`${collection(townUrl, uid)}/create?plugins[i18n][locale]=${locale}`);
  await page.locator('main form, main [role=tabpanel]').first().waitFor();
}

/** An entry's edit form, in a locale. */
export async function openEntry(page: Page, townUrl: string, uid: string, documentId: string, locale = 'fr'): Promise<void> {
  await page.goto(`${collection(townUrl, uid)}/${documentId}?plugins[i18n][locale]=${locale}`);
  await page.locator('main [role=tabpanel]').first().waitFor();
}
