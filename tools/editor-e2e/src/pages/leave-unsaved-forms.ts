import type { Page } from 'playwright-core';

/**
 * Lets the page leave a form with unsaved changes: the browser asks first (Strapi's
 * `beforeunload`), and Playwright would otherwise answer "stay", so that the next `goto`
 * never arrives. For scenarios that fill a form only to read it. Any other dialog is dismissed,
 * as Playwright does by default.
 */
export function leaveUnsavedForms(page: Page): void {
  page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));
}
