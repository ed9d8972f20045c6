import type { Page } from 'playwright-core';
import { adminRequest } from './admin-request';

type Configuration = { data: { contentType: { metadatas: Record<string, { edit?: { label?: string } }> } } };

/**
 * The label each field of a type has in the edit form, as the Content Manager is configured
 * in this town (English field names today; the model's words in the editor's language once the
 * town writes them): the scenarios name fields by their model name and find them by label.
 */
export async function fieldLabels(page: Page, uid: string): Promise<Record<string, string>> {
  const { data } = await adminRequest<Configuration>(page, `/content-manager/content-types/${uid}/configuration`);
  return Object.fromEntries(Object.entries(data.contentType.metadatas).map(([field, meta]) => [field, meta.edit?.label ?? field]));
}
