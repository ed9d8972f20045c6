import { contentTypeNamed } from '@communes/domain';
import DataLoader from 'dataloader';
import type { TownDirectory } from './town-directory';
import { TownError } from '../errors';
import { readTownList } from './read-town-list';
import type { GatewayNode } from './to-node';

/** Strapi's page ceiling: a batch of ids is read in chunks of this many. */
const CHUNK = 100;

/**
 * Per operation, one DataLoader per town, kind, locale chain and selection: every lookup of
 * related entries at one level of a query becomes one request per town (documentId $in),
 * whatever the number of parents; and the same entry is read once per operation.
 */
export function createTownLoaders(directory: TownDirectory, requestId: string) {
  const loaders = new Map<string, DataLoader<string, GatewayNode | null>>();
  return {
    /**
     * The entries of these documentIds, in order: a node, null when the town has no such
     * entry, or the TownError that cost it (the town failed, or that entry was malformed).
     */
    load(
      town: string,
      kind: string,
      documentIds: readonly string[],
      selection: {
        relations: readonly string[];
        media: readonly string[];
        scalars?: readonly string[];
        localeChain?: readonly string[] | null;
      },
    ): Promise<(GatewayNode | null | TownError)[]> {
      const key = JSON.stringify([
        town,
        kind,
        selection.relations,
        selection.media,
        selection.scalars ?? null,
        selection.localeChain ?? null,
      ]);
      let loader = loaders.get(key);
      if (!loader) {
        loader = new DataLoader<string, GatewayNode | null>(
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
                  },
                  requestId,
                ),
              ),
            );
            for (const { slots, malformed } of pages) {
              for (const node of slots) if (node) found.set(node.documentId, node);
              // A malformed entry costs that entry: the others of the batch still resolve.
              for (const id of (malformed?.extensions.documentIds as string[] | undefined) ?? [])
                if (!found.has(id)) found.set(id, malformed!);
            }
            return ids.map((id) => found.get(id) ?? null);
          },
          { maxBatchSize: 500 },
        );
        loaders.set(key, loader);
      }
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
