import type { Page } from 'playwright-core';
import { adminRequest } from './admin-request';

/**
 * How many entries of a type the town holds, drafts included, as the Content Manager's list
 * counts them (the public REST API only counts published ones).
 */
export async function countEntries(page: Page, uid: string): Promise<number> {
  const answer = await adminRequest<{ pagination: { total: number } }>(page, `/content-manager/collection-types/${uid}?page=1&pageSize=1`);
  return answer.pagination.total;
}
