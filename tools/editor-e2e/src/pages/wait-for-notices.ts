import type { Page } from 'playwright-core';

/** Waits until Strapi's notifications ("Enregistré", "Publié") have gone, e.g. before a screenshot. */
export async function waitForNoticesToClose(page: Page, timeoutMs = 15_000): Promise<void> {
  const notices = page.locator('[data-sonner-toast]');
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline && (await notices.count()) > 0; ) await page.waitForTimeout(200);
}
