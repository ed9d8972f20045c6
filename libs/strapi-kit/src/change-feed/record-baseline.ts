import type { Core } from '@strapi/strapi';
import type { NewChange } from './change-record';
import type { FeedKind } from './feed-kinds';
import { lockChangeFeed, type Transaction, writeChanges } from './write-changes';

/** The plugin store key listing the kinds whose existing entries are in the feed. */
const BASELINE_KEY = 'change-feed-baselines';
const PAGE = 1000;

type Row = { id: number; documentId: string; locale?: string | null; publishedAt: unknown };

/**
 * Starts the feed of each kind with what it already publishes: a town that had content before
 * it installed a plugin with a feed (or a kind new to the town) gets one `publish` line per
 * published locale version, timed when it was published, so a harvester reading from sequence
 * 0 sees every entry. Once per kind; a kind's baseline and its mark commit together.
 */
export async function recordBaselines(strapi: Core.Strapi, kinds: Iterable<FeedKind>): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'communes-core' });
  for (const kind of kinds) {
    const done = ((await store.get({ key: BASELINE_KEY })) as string[] | null) ?? [];
    if (done.includes(kind.kind)) continue;
    const lines = await strapi.db.transaction(async ({ trx }) => {
      await lockChangeFeed(strapi, trx as Transaction);
      let written = 0;
      for (let after = 0; ; ) {
        const rows = (await strapi.db.query(kind.uid as never).findMany({
          select: ['id', 'documentId', 'publishedAt', ...(kind.localized ? ['locale'] : [])],
          where: { publishedAt: { $notNull: true }, id: { $gt: after } },
          orderBy: { id: 'asc' },
          limit: PAGE,
        })) as Row[];
        if (!rows.length) break;
        const changes: NewChange[] = rows.map((row) => ({
          kind: kind.kind,
          documentId: row.documentId,
          locale: kind.localized ? (row.locale ?? null) : null,
          action: 'publish',
          at: new Date(row.publishedAt as string).getTime(),
        }));
        await writeChanges(strapi, trx as Transaction, changes);
        written += rows.length;
        after = rows[rows.length - 1]!.id;
      }
      await store.set({ key: BASELINE_KEY, value: [...done, kind.kind] });
      return written;
    });
    if (lines) strapi.log.info(`[communes-core] change feed: ${lines} ${kind.kind} entries already published, recorded as its baseline`);
  }
}
