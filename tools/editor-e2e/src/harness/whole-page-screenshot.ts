import type { Page } from 'playwright-core';

/** Strapi's tallest forms (a public service with its lists open) stay under this. */
const MAX_HEIGHT = 8000;

/**
 * A screenshot of the whole main column: Strapi scrolls it inside a fixed window, so that a
 * full-page screenshot shows only what fits in the viewport. The viewport grows to the
 * column's height for the shot, then gets its size back.
 */
export async function screenshotWholePage(page: Page, shoot: (page: Page) => Promise<string>): Promise<string> {
  const size = page.viewportSize();
  if (!size) return shoot(page);
  const height = await page
    .locator('main')
    .first()
    .evaluate((main) => main.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.min(MAX_HEIGHT, Math.max(size.height, height + 80)) });
  try {
    return await shoot(page);
  } finally {
    await page.setViewportSize(size);
  }
}
