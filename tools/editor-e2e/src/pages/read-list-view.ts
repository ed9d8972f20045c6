import type { Page } from 'playwright-core';

export interface ListView {
  /** The column headers, as written (not as styled: Strapi shows them in capitals). */
  headers: string[];
  /** Each entry's cells, by the documentId its row links to. */
  rows: { documentId: string; cells: string[] }[];
}

/** The Content Manager's list of a type's entries, in a locale: its headers and rows. */
export async function readListView(page: Page, townUrl: string, uid: string, locale: string): Promise<ListView> {
  await page.goto(`${townUrl}/admin/content-manager/collection-types/${uid}?plugins[i18n][locale]=${locale}`);
  const table = page.locator('main table').first();
  await table.locator('tbody tr').first().waitFor();
  const headers = (await table.locator('thead th').allTextContents()).map((header) => header.trim()).filter((header) => header !== '');
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      documentId: /\/([a-z0-9]{24})(\?|$)/.exec(tr.querySelector('a[href]')?.getAttribute('href') ?? '')?.[1] ?? '',
      cells: Array.from(tr.querySelectorAll('td')).map((td) => (td.textContent ?? '').trim()),
    })),
  );
  return { headers, rows };
}
