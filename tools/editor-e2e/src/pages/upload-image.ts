import type { Page } from 'playwright-core';
import type { AdminWords } from './admin-words';
import type { FormField } from './fill-field';

/**
 * Adds a picture to a media field as an editor does: the field's "add an asset" button, the
 * media library's "Add more assets", a file from the computer, upload, Finish. Nothing on the
 * way asks for an alternative text.
 */
export async function uploadImage(page: Page, field: FormField, file: string, words: AdminWords): Promise<void> {
  await page.getByRole('region', { name: field.label, exact: true }).getByRole('button', { name: words.addAsset }).click();
  await page.getByRole('dialog').last().getByRole('button', { name: words.addMoreAssets }).click();
  await page.getByRole('dialog').last().locator('input[type=file]').setInputFiles(file);
  await page.getByRole('dialog').last().getByRole('button', { name: words.uploadAssets }).click();
  await page.getByRole('dialog').last().getByRole('button', { name: words.finish, exact: true }).click();
  await page.getByRole('region', { name: field.label, exact: true }).getByRole('img').first().waitFor();
}

/** Describes the picture of a media field: its Edit button, "Alternative text", Finish. */
export async function describeImage(page: Page, field: FormField, text: string, words: AdminWords): Promise<void> {
  await page.getByRole('region', { name: field.label, exact: true }).getByRole('button', { name: words.editAsset, exact: true }).click();
  const details = page.getByRole('dialog').last();
  await details.getByRole('textbox', { name: words.alternativeText, exact: true }).fill(text);
  await details.getByRole('button', { name: words.finish, exact: true }).click();
  await details.waitFor({ state: 'hidden' });
}
