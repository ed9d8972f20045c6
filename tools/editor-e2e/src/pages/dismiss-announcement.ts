import type { Page } from 'playwright-core';

/**
 * Dismisses Strapi's "Introducing the new Media Library" banner for this browser, as its Close
 * button would: Strapi keeps the choice in localStorage under a key scoped by the instance's
 * uuid (`GET /admin/init`), for both media-library modes. Set in storage rather than clicked,
 * since the banner shows late and sits over the top of every page (and of screenshots).
 */
export async function dismissAnnouncement(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const init = (await (await fetch('/admin/init')).json()) as { data?: { uuid?: unknown } };
    const scope = String(init.data?.uuid);
    for (const legacy of [true, false]) localStorage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${scope}`, 'true');
  });
}
