import { contentTypeNamed } from '@communes/domain';
import DataLoader from 'dataloader';
import type { TownDirectory } from './town-directory';
import { TownError } from '../errors';
import { readTownList, type InlineSelection, type RelatedNodes } from './read-town-list';
import type { GatewayNode } from './to-node';

/** What a by-id read asks a town for: a selection of a kind, in a locale chain. */
export interface LoaderSelection {
  relations: readonly string[];
  media: readonly string[];
  scalars?: readonly string[];
  localeChain?: readonly string[] | null;
  /**
   * Relations whose related entries the same request reads inline (see `readTownList`). Not
   * part of the loader's key: entries read inline or not are the same nodes, and every lookup
   * of one selection at one level stays one request; the first lookup's wish is the loader's.
   */
  inline?: readonly InlineSelection[];
}

const keyOf = (town: string, kind: string, selection: LoaderSelection) =>
  JSON.stringify([town, kind, selection.relations, selection.media, selection.scalars ?? null, selection.localeChain ?? null]);

/** Strapi's page ceiling: a batch of ids is read in chunks of this many. */
const CHUNK = 100;

/**
 * Per operation, one DataLoader per town, kind, locale chain and selection: every lookup of
 * related entries at one level of a query becomes one request per town (documentId $in),
 * whatever the number of parents; and the same entry is read once per operation.
 */
export function createTownLoaders(directory: TownDirectory, requestId: string) {
  const loaders = new Map<string, DataLoader<string, GatewayNode | null>>();
  const loaderOf = (town: string, kind: string, selection: LoaderSelection) => {
    const key = keyOf(town, kind, selection);
    let loader = loaders.get(key);
    if (!loader) {
      loader = createLoader(town, kind, selection);
      loaders.set(key, loader);
    }
    return loader;
  };
  /**
   * Related entries a town already sent inline, as a by-id read of them with this selection
   * (without anything inline of their own) would have made them: such a read finds them
   * without asking the town. An entry already read or asked for stays as it is.
   */
  const prime = (town: string, related: readonly RelatedNodes[] | undefined, selections: readonly InlineSelection[]) => {
    for (const { relation, kind, localeChain, nodes } of related ?? []) {
      const selection = selections.find((s) => s.relation === relation);
      if (!selection || nodes.length === 0) continue;
      const loader = loaderOf(town, kind, {
        relations: selection.relations,
        media: selection.media,
        scalars: selection.scalars,
        localeChain,
      });
      for (const node of nodes) loader.prime(node.documentId, node);
    }
  };
  function createLoader(town: string, kind: string, selection: LoaderSelection) {
    return new DataLoader<string, GatewayNode | null>(
      async (ids) => {
        const entry = directory.get(town);
        if (!entry) return ids.map(() => null);
        const found = new Map<string, GatewayNode | TownError>();
        // The chunks at once: a level of three hundred agenda items is one round trip, not three.
        const chunks = Array.from({ length: Math.ceil(ids.length / CHUNK) }, (_, i) => ids.slice(i * CHUNK, (i + 1) * CHUNK));
        const pages = await Promise.all(
          chunks.map((chunk) =>
            readTownList(
              directory,
              entry,
              contentTypeNamed(kind),
              {
                filters: { documentId: { in: chunk } },
                start: 0,
                limit: chunk.length,
                relations: selection.relations,
                media: selection.media,
                scalars: selection.scalars,
                localeChain: selection.localeChain,
                inline: selection.inline,
              },
              requestId,
            ),
          ),
        );
        for (const { slots, malformed, related } of pages) {
          for (const node of slots) if (node) found.set(node.documentId, node);
          // A malformed entry costs that entry: the others of the batch still resolve.
          for (const id of (malformed?.extensions.documentIds as string[] | undefined) ?? []) if (!found.has(id)) found.set(id, malformed!);
          prime(town, related, selection.inline ?? []);
        }
        return ids.map((id) => found.get(id) ?? null);
      },
      { maxBatchSize: 500 },
    );
  }
  return {
    prime,
    /**
     * The entries of these documentIds, in order: a node, null when the town has no such
     * entry, or the TownError that cost it (the town failed, or that entry was malformed).
     */
    load(
      town: string,
      kind: string,
      documentIds: readonly string[],
      selection: LoaderSelection,
    ): Promise<(GatewayNode | null | TownError)[]> {
      const loader = loaderOf(town, kind, selection);
      return loader.loadMany(documentIds).then((results) =>
        results.map((result) => {
          if (result instanceof TownError || !(result instanceof Error)) return result;
          throw result;
        }),
      );
    },
  };
}

export type TownLoaders = ReturnType<typeof createTownLoaders>;
