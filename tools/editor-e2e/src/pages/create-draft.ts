import type { Page } from 'playwright-core';
import { adminRequest } from './admin-request';

/**
 * Saves an entry as a draft through the admin API, as the Content Manager's Save does, and
 * resolves with its documentId: for a scenario that needs an entry to look at, not to enter.
 */
export async function createDraft(page: Page, uid: string, data: Record<string, unknown>, locale?: string): Promise<string> {
  const query = locale ? `?locale=${locale}` : '';
  const answer = await adminRequest<{ data: { documentId: string } }>(page, `/content-manager/collection-types/${uid}${query}`, data);
  return answer.data.documentId;
}
