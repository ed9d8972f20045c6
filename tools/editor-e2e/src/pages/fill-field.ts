import type { Locator, Page } from 'playwright-core';
import type { AdminWords } from './admin-words';

/** A field of the edit form: its model name, and the label the form shows for it. */
export interface FormField {
  name: string;
  label: string;
}

/** The edit form's own panel (not the published version's). */
const form = (page: Page): Locator => page.locator('main [role=tabpanel]').first();

/**
 * A text, number or long-text input of Strapi's own, found by its label and its field name: a
 * sub-form may hold a part with the same label (a contact's "Nom" beside the entry's "Nom").
 */
export async function fillText(page: Page, field: FormField, value: string): Promise<void> {
  await form(page)
    .getByRole('textbox', { name: field.label, exact: true })
    .and(page.locator(`[name="${field.name}"]`))
    .fill(value);
}

/** Picks the entry whose title starts with `title` in a relation's list (the first one offered). */
export async function chooseRelation(page: Page, field: FormField, title: string): Promise<void> {
  await form(page).getByRole('combobox', { name: field.label, exact: true }).click();
  await page
    .getByRole('option', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .first()
    .click();
}

/** A date and time, typed as the editor's language writes a day, the time picked from its list (quarter hours). */
export async function fillDateTime(page: Page, field: FormField, isoDay: string, time: string, words: AdminWords): Promise<void> {
  const group = form(page).getByRole('group', { name: field.label, exact: true });
  // The day's input, then the time's: the design system names them in English whatever the language.
  const date = group.getByRole('combobox').nth(0);
  await date.fill(words.typedDate(isoDay));
  // Enter would submit the form: leaving the input is what makes the picker read the day.
  await date.press('Tab');
  await group.getByRole('combobox').nth(1).click();
  await page.getByRole('option', { name: time, exact: true }).click();
}

/** Ticks or unticks a yes/no field. */
export async function setBoolean(page: Page, field: FormField, value: boolean): Promise<void> {
  await form(page).getByRole('checkbox', { name: field.label, exact: true }).setChecked(value);
}
