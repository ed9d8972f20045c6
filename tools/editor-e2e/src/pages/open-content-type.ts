import type { Page } from 'playwright-core';

const collection = (townUrl: string, uid: string) => `${townUrl}/admin/content-manager/collection-types/${uid}`;

/**
 * Strapi loads a custom field's input the first time a form shows it, and meanwhile shows a
 * disabled input whose placeholder reads "Unsupported field type: ...": the form is ready once
 * none is left. One that stays is a field the admin does not know, and fails the wait.
 */
async function waitForInputs(page: Page): Promise<void> {
  await page.locator('input[placeholder^="Unsupported field type"]').first().waitFor({ state: 'detached', timeout: 15_000 });
}

/** The form that creates an entry of a type, in a locale. */
export async function openCreateForm(page: Page, townUrl: string, uid: string, locale = 'fr'): Promise<void> {
  await page.goto(`${collection(townUrl, uid)}/create?plugins[i18n][locale]=${locale}`);
  await page.locator('main form, main [role=tabpanel]').first().waitFor();
  await waitForInputs(page);
}

/** An entry's edit form, in a locale. */
export async function openEntry(page: Page, townUrl: string, uid: string, documentId: string, locale = 'fr'): Promise<void> {
  await page.goto(`${collection(townUrl, uid)}/${documentId}?plugins[i18n][locale]=${locale}`);
  await page.locator('main [role=tabpanel]').first().waitFor();
  await waitForInputs(page);
}
