import type { Page } from 'playwright-core';

/**
 * Logs in through the admin's login form, remembered ("Remember me") so that the context's other
 * pages stay logged in, and resolves with the interface language Strapi then shows (`fr`, `en`).
 * Found by their input names, not their words: the login form speaks the browser's language.
 * Strapi limits login attempts per address: log in once per context, not per test.
 */
export async function logIn(page: Page, townUrl: string, account: { email: string; password: string }): Promise<string> {
  await page.goto(`${townUrl}/admin`);
  await page.locator('input[name=email]').fill(account.email);
  await page.locator('input[name=password]').fill(account.password);
  await page.locator('button[role=checkbox], input[type=checkbox]').first().check();
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/admin\/?$/);
  // The home page's greeting: by then the interface speaks the account's language.
  await page.locator('main h1').first().waitFor();
  return page.evaluate(() => document.documentElement.lang || 'en');
}
