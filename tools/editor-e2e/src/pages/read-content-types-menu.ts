import type { Page } from 'playwright-core';

export interface MenuType {
  /** As the menu shows it: "Conseil · Séance". */
  name: string;
  /** From the link's address: `plugin::communes-council.meeting`. */
  uid: string;
}

/** The types the Content Manager's menu offers the logged-in account, in the menu's order. */
export async function readContentTypesMenu(page: Page, townUrl: string): Promise<MenuType[]> {
  await page.goto(`${townUrl}/admin/content-manager`);
  const links = page
    .getByRole('navigation')
    .locator('a[href*="/content-manager/collection-types/"], a[href*="/content-manager/single-types/"]');
  await links.first().waitFor();
  return links.evaluateAll((anchors) =>
    anchors.map((anchor) => ({
      name: (anchor.textContent ?? '').trim(),
      uid: decodeURIComponent(new URL((anchor as HTMLAnchorElement).href).pathname.split('/').pop() ?? ''),
    })),
  );
}
