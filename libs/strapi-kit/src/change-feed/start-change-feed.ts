import type { Core } from '@strapi/strapi';
import { ensureChangeTable } from './change-table';
import { feedKinds } from './feed-kinds';
import { recordBaselines } from './record-baseline';

/** At bootstrap: the feed's table, then the baseline of every kind new to the feed. */
export async function startChangeFeed(strapi: Core.Strapi): Promise<void> {
  await ensureChangeTable(strapi);
  await recordBaselines(strapi, feedKinds(strapi).values());
}
