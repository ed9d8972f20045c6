/** A plugin as a member's manifest reports it. */
export interface MemberPlugin {
  name: string;
  version: string;
  modelFingerprint: string;
}

/** The newest version of a plugin in the network, and the model most members at it serve. */
export interface LatestPlugin {
  version: string;
  modelFingerprint: string;
}

/** Numeric parts first (0.10.0 after 0.9.0); a pre-release before its release. */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = a.split('-', 2);
  const [coreB = '', preB] = b.split('-', 2);
  const partsA = coreA.split('.').map(Number);
  const partsB = coreB.split('.').map(Number);
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const difference = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (difference !== 0 && !Number.isNaN(difference)) return Math.sign(difference);
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : 1;
}

/**
 * Per plugin, the newest version any member runs: what the others should upgrade to. The
 * dashboard sees the network through the gateway only, so the newest published is the newest
 * in use; its model is the one most members at that version serve (ties: the smallest
 * fingerprint, so that the answer does not depend on the members' order).
 */
export function latestPlugins(members: readonly { plugins: readonly MemberPlugin[] }[]): Map<string, LatestPlugin> {
  const newest = new Map<string, string>();
  for (const plugin of members.flatMap((m) => m.plugins)) {
    const seen = newest.get(plugin.name);
    if (seen === undefined || compareVersions(plugin.version, seen) > 0) newest.set(plugin.name, plugin.version);
  }
  const latest = new Map<string, LatestPlugin>();
  for (const [name, version] of newest) {
    const counts = new Map<string, number>();
    for (const plugin of members.flatMap((m) => m.plugins))
      if (plugin.name === name && plugin.version === version)
        counts.set(plugin.modelFingerprint, (counts.get(plugin.modelFingerprint) ?? 0) + 1);
    const [modelFingerprint] = [...counts].sort(([fa, a], [fb, b]) => b - a || (fa < fb ? -1 : 1))[0]!;
    latest.set(name, { version, modelFingerprint });
  }
  return latest;
}

/** A member's plugins older than the newest in the network, e.g. "communes-news 0.1.0 → 0.2.0". */
export const upgradesDue = (plugins: readonly MemberPlugin[], latest: Map<string, LatestPlugin>): string[] =>
  plugins
    .filter((p) => compareVersions(p.version, latest.get(p.name)?.version ?? p.version) < 0)
    .map((p) => `${p.name} ${p.version} → ${latest.get(p.name)!.version}`);

/**
 * A member's plugins at the newest version whose model is not the one the others serve at
 * that version: a changed schema in that member (the gateway still federates what it shares).
 */
export const modelsDiffering = (plugins: readonly MemberPlugin[], latest: Map<string, LatestPlugin>): string[] =>
  plugins
    .filter((p) => {
      const newest = latest.get(p.name);
      return newest !== undefined && p.version === newest.version && p.modelFingerprint !== newest.modelFingerprint;
    })
    .map((p) => p.name);
