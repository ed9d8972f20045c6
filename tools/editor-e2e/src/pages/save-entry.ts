import type { Page } from 'playwright-core';
import type { AdminWords } from './admin-words';

const DOCUMENT_ID = /\/([a-z0-9]{24})(\?|$)/;

/** Saves the draft; resolves with the entry's documentId once the form shows the saved entry. */
export async function saveEntry(page: Page, words: AdminWords): Promise<string> {
  await page.getByRole('button', { name: words.save, exact: true }).click();
  await page.waitForURL(DOCUMENT_ID);
  // Saved once its Save button is disabled again: nothing left to save.
  await page.getByRole('button', { name: words.save, exact: true }).and(page.locator('[disabled], [aria-disabled=true]')).waitFor();
  return DOCUMENT_ID.exec(page.url())![1]!;
}
