import { MAX_SUBSCRIPTIONS, sharingChannel, subscriptionsProblem } from '@communes/domain';

/** What the town follows, as the admin panel last saved it (in Strapi's core store). */
export interface SavedSubscriptions {
  subscriptions: string[];
  /** ISO instant of the save. */
  updatedAt: string;
  /** The admin who saved, by name (never an e-mail: the page may show it to any admin allowed to read it). */
  updatedBy: string;
}

/** What the admin page reads: the subscriptions in force, where they come from, and what it may offer. */
export interface SharingSettings {
  town: { code: string };
  subscriptions: string[];
  /** `admin-panel`: saved in the panel, in force over the operator's; `configuration`: the operator's (env, member.json, plugin config). */
  source: 'admin-panel' | 'configuration';
  /** The operator's subscriptions: what "back to the configuration" restores. */
  configured: string[];
  updatedAt: string | null;
  updatedBy: string | null;
  /** The network's channels, each with its labels in English and the towns' languages. */
  channels: { code: string; labels: { en: string } & Partial<Record<'fr' | 'nl' | 'de', string>> }[];
  maxSubscriptions: number;
}

/** The admin panel's choice wins over the operator's once saved, until it is reset. */
export function toSharingSettings(townCode: string, configured: readonly string[], saved: SavedSubscriptions | null): SharingSettings {
  return {
    town: { code: townCode },
    subscriptions: [...(saved?.subscriptions ?? configured)],
    source: saved ? 'admin-panel' : 'configuration',
    configured: [...configured],
    updatedAt: saved?.updatedAt ?? null,
    updatedBy: saved?.updatedBy ?? null,
    channels: sharingChannel.codes.map(({ code, labels }) => ({ code, labels: { ...labels } })),
    maxSubscriptions: MAX_SUBSCRIPTIONS,
  };
}

/** A body the admin page may send: `{ subscriptions: [...] }` and nothing else. */
export type SubscriptionsUpdate = { subscriptions: string[] } | { problem: string; path: string[] };

/**
 * Reads a save of the subscriptions: the domain's rules (known channels, `member:<code>`, at
 * most 50), and what only this town knows: it cannot follow itself, nor name anything twice.
 */
export function readSubscriptionsUpdate(body: unknown, townCode: string): SubscriptionsUpdate {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { problem: 'Expected a JSON object { "subscriptions": [...] }.', path: [] };
  const extra = Object.keys(body).find((key) => key !== 'subscriptions');
  if (extra !== undefined)
    return { problem: `Unknown key ${JSON.stringify(extra.slice(0, 60))}: only "subscriptions" may be saved.`, path: [extra.slice(0, 60)] };
  const { subscriptions } = body as { subscriptions?: unknown };
  const problem = subscriptionsProblem(subscriptions);
  if (problem) return { problem: `subscriptions: ${problem}.`, path: ['subscriptions'] };
  const list = subscriptions as string[];
  const own = list.indexOf(`member:${townCode}`);
  if (own >= 0)
    return { problem: `subscriptions: a member cannot follow itself (member:${townCode}).`, path: ['subscriptions', String(own)] };
  const twice = list.findIndex((item, index) => list.indexOf(item) !== index);
  if (twice >= 0)
    return { problem: `subscriptions: ${JSON.stringify(list[twice])} is listed twice.`, path: ['subscriptions', String(twice)] };
  return { subscriptions: list };
}
