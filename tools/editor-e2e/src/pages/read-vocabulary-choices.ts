import type { Locator, Page } from 'playwright-core';

/**
 * The choices a vocabulary input offers, as the editor reads them: a drop-down is opened, read
 * and closed; a checklist's boxes are read by their labels.
 */
export async function readVocabularyChoices(page: Page, input: Locator): Promise<string[]> {
  const dropDown = input.getByRole('combobox').first();
  if ((await dropDown.count()) === 0) return (await input.locator('label').allTextContents()).map((label) => label.trim());
  await dropDown.click();
  const list = page.getByRole('listbox').last();
  await list.waitFor();
  const options = await list.getByRole('option').allTextContents();
  await page.keyboard.press('Escape');
  await list.waitFor({ state: 'hidden' });
  return options.map((option) => option.trim());
}
