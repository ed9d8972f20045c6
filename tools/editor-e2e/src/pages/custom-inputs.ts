import type { Locator, Page } from 'playwright-core';

/**
 * The Communes inputs (libs/strapi-admin-kit), found as an editor finds them: each field is a
 * group named by its label (a required field's `*` is hidden from the name), its parts by
 * theirs. Words are French: the Editor's admin speaks the town's main language.
 */
const form = (page: Page): Locator => page.locator('main [role=tabpanel]').first();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A Communes field: the group named by its label. */
export const fieldGroup = (page: Page, label: string): Locator =>
  form(page)
    .getByRole('group', { name: new RegExp(`^${escapeRegExp(label)}`) })
    .first();

/** Ticks the given labels in a vocabulary checklist (audiences, topics, days). */
export async function tickLabels(group: Locator, labels: readonly string[]): Promise<void> {
  for (const label of labels) await group.getByRole('checkbox', { name: label, exact: true }).check();
}

/** A part of a sub-form, by its label (required parts carry a `*` in their label). */
export const part = (scope: Locator, label: string): Locator => scope.getByLabel(new RegExp(`^${escapeRegExp(label)}\\s*\\*?$`)).first();

/** Picks a label in a single-choice drop-down (a channel's kind, an event's status). */
export async function chooseOption(page: Page, scope: Locator, label: string): Promise<void> {
  await scope.getByRole('combobox').first().click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

/** A time part: typed, then Enter (the design system's time combobox). */
export async function typeTime(scope: Locator, label: string, time: string): Promise<void> {
  const input = scope.getByRole('combobox', { name: label });
  await input.fill(time);
  await input.press('Enter');
}

/** A date part: typed as a French day (DD/MM/YYYY), Tab to read it, Escape to close the calendar. */
export async function typeDay(page: Page, scope: Locator, label: string, isoDay: string): Promise<void> {
  const [year, month, day] = isoDay.split('-');
  const input = scope.getByLabel(label, { exact: true });
  await input.fill(`${day}/${month}/${year}`);
  await input.press('Tab');
  await page.keyboard.press('Escape');
}

/** Leaves exactly `wanted` ticked among a checklist's `labels` (a new period comes with Monday to Friday ticked). */
export async function tickOnly(group: Locator, labels: readonly string[], wanted: readonly string[]): Promise<void> {
  for (const label of labels) await group.getByRole('checkbox', { name: label, exact: true }).setChecked(wanted.includes(label));
}
