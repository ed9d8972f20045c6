import { domainsOutsideKind, MEMBER_KINDS } from '@communes/domain';
import type { Resolvers } from '../schema/generated/schema-types';
import type { TownEntry } from '../towns/town-directory';
import { memberKindOf, townPublicUrl } from '../registry/town-registry';
import { encodeTownId } from '../towns/node-id';
import { fromMemberKindEnum, toMemberKindEnum } from '../schema/member-kind-enum';
import { townHarvest } from './town-harvest';
import { unlessTownFails } from './unless-town-fails';
import { subscriptionLabel } from '../sharing/subscription-label';

export interface Group {
  kind: string;
  code: string;
  towns: TownEntry[];
}

function groupsOf(entries: TownEntry[]): Group[] {
  const groups = new Map<string, Group>();
  for (const entry of entries) {
    for (const [kind, code] of Object.entries(entry.town.groups)) {
      const key = `${kind}:${code}`;
      if (!groups.has(key)) groups.set(key, { kind, code, towns: [] });
      groups.get(key)!.towns.push(entry);
    }
  }
  return [...groups.values()].sort((a, b) => (a.kind + a.code < b.kind + b.code ? -1 : 1));
}

export const townResolvers = {
  Query: {
    towns: (_, args, ctx) => {
      const towns = ctx.directory.select(undefined, args.group);
      if (!args.kind) return towns;
      // The schema admits only the enum's values: each has its kind.
      const kinds = new Set(args.kind.map((value) => fromMemberKindEnum(value)));
      return towns.filter((entry) => kinds.has(memberKindOf(entry.town)));
    },
    town: (_, args, ctx) => ctx.directory.get(args.code) ?? null,
    groups: (_, __, ctx) => groupsOf(ctx.directory.all()),
  },
  Town: {
    id: (entry) => encodeTownId(entry.town.code),
    code: (entry) => entry.town.code,
    name: (entry) => entry.town.name,
    kind: (entry) => toMemberKindEnum(memberKindOf(entry.town)),
    kindLabel: (entry, { language }) => {
      const { labels } = MEMBER_KINDS[memberKindOf(entry.town)];
      const asked = language ?? entry.town.locales[0]!;
      return Object.hasOwn(labels, asked) ? labels[asked as keyof typeof labels] : labels.en;
    },
    url: (entry) => townPublicUrl(entry.town),
    locales: (entry) => entry.town.locales,
    groups: (entry) => Object.entries(entry.town.groups).map(([kind, code]) => ({ kind, code })),
    status: async (entry, _, ctx) => {
      // A town never asked yet is asked now (its manifest, kept a minute), so that the status is seen, not assumed.
      await ctx.directory.manifest(entry, ctx.requestId).catch(() => undefined);
      const { state, lastSeen, latencyMs, error } = entry.health.snapshot();
      return { state, lastSeen: lastSeen?.toISOString() ?? null, latencyMs, error };
    },
    harvest: (entry, _, ctx) => townHarvest(entry.town.code, ctx),
    // A town that does not answer has no plugins to show, and no error: its status says why.
    plugins: (entry, _, ctx) =>
      unlessTownFails(
        ctx.directory.manifest(entry, ctx.requestId).then((manifest) =>
          manifest.plugins.map((p) => ({
            name: p.pluginName,
            packageName: p.packageName,
            version: p.version,
            domain: p.domain,
            modelFingerprint: p.modelFingerprint,
            kinds: p.kinds,
          })),
        ),
        () => [],
      ),
    pluginsOutsideKind: (entry, _, ctx) =>
      unlessTownFails(
        ctx.directory.manifest(entry, ctx.requestId).then((manifest) =>
          domainsOutsideKind(
            memberKindOf(entry.town),
            manifest.plugins.map((p) => p.domain),
          ),
        ),
        () => [],
      ),
    // Likewise: what its listings follow is unknown while it does not answer.
    subscriptions: (entry, _, ctx) =>
      unlessTownFails(
        ctx.directory.manifest(entry, ctx.requestId).then((manifest) => manifest.subscriptions),
        () => [],
      ),
    subscriptionLabels: (entry, { language }, ctx) =>
      unlessTownFails(
        ctx.directory
          .manifest(entry, ctx.requestId)
          .then((manifest) =>
            manifest.subscriptions.map((s) =>
              subscriptionLabel(s, language ?? entry.town.locales[0]!, (code) => ctx.directory.get(code)?.town.name),
            ),
          ),
        () => [],
      ),
  },
  TownGroup: {
    towns: (group) => group.towns,
  },
} satisfies Pick<Resolvers, 'Query' | 'Town' | 'TownGroup'>;
