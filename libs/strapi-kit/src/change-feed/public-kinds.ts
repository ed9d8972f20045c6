import type { Core } from '@strapi/strapi';
import type { FeedKind } from './feed-kinds';

const PERMISSION_UID = 'plugin::users-permissions.permission';

/**
 * The kinds the public may read now: those whose `find` the users-permissions Public role
 * holds. A town that withdrew a kind from the public withdraws its changes too. Without
 * users-permissions the public reads nothing, and neither does the feed.
 */
export async function publicKinds(strapi: Core.Strapi, kinds: Iterable<FeedKind>): Promise<FeedKind[]> {
  if (!strapi.plugin('users-permissions')) return [];
  const all = [...kinds];
  const granted = (await strapi.db.query(PERMISSION_UID).findMany({
    select: ['action'],
    where: { role: { type: 'public' }, action: { $in: all.map((kind) => `${kind.uid}.find`) } },
  })) as { action: string }[];
  const actions = new Set(granted.map((permission) => permission.action));
  return all.filter((kind) => actions.has(`${kind.uid}.find`));
}
