import type { Page } from 'playwright-core';

export interface FormLabel {
  /** As shown, without a required field's `*`. */
  text: string;
  /** The form path of the input it labels (`name`, `cost.amount`), when the page says it. */
  path?: string;
}

/**
 * Every label of the edit form: Strapi's own (`<label>`, the path from the input it labels,
 * when it labels one) and the Communes inputs' (a group named by its label, the path in
 * `data-communes-field`).
 */
export async function readFormLabels(page: Page): Promise<FormLabel[]> {
  return page
    .locator('main [role=tabpanel]')
    .first()
    .evaluate((form) => {
      const clean = (text: string | null | undefined) => (text ?? '').replace(/\*/g, '').replace(/\s+/g, ' ').trim();
      const own = Array.from(form.querySelectorAll('label')).map((label) => ({
        text: clean(label.textContent),
        path: label.control?.getAttribute('name') ?? undefined,
      }));
      const communes = Array.from(form.querySelectorAll('[data-communes-field]')).map((group) => ({
        text: clean(form.ownerDocument.getElementById(group.getAttribute('aria-labelledby') ?? '')?.textContent),
        path: group.getAttribute('data-communes-field') ?? undefined,
      }));
      return [...own, ...communes];
    });
}
