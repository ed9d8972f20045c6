import type { Core } from '@strapi/strapi';
import { type InstalledPluginManifest, MANIFEST_SERVICE } from '../create-domain-plugin';
import { isLocalized } from '../publishing/strapi-models';

/** A kind the feed records: one content type of an installed Communes plugin. */
export interface FeedKind {
  uid: string;
  kind: string;
  localized: boolean;
}

/**
 * The kinds of every installed Communes plugin, by uid, as their manifests list them: a type a
 * town adds itself, or Strapi's own, is not the region's to harvest. Localized as the running
 * Strapi holds the type (a town may have changed it in `src/extensions`).
 */
export function feedKinds(strapi: Core.Strapi): Map<string, FeedKind> {
  const kinds = new Map<string, FeedKind>();
  for (const name of Object.keys(strapi.plugins)) {
    const service = strapi.plugin(name).service(MANIFEST_SERVICE) as { get(): InstalledPluginManifest } | undefined;
    for (const type of service?.get().contentTypes ?? [])
      kinds.set(type.uid, { uid: type.uid, kind: type.kind, localized: isLocalized(strapi, type.uid) });
  }
  return kinds;
}
