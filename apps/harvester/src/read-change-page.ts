import { isDocumentId } from '@communes/domain';
import { fetchTownJson } from './fetch-town-json';
import { HarvestError, HarvestErrorCode } from './harvest-error';
import type { TownSource } from './town-source';

/** A line of a town's change feed, as the harvester uses it. */
export interface ChangeLine {
  sequence: number;
  kind: string;
  documentId: string;
  locale: string | null;
  action: 'publish' | 'update' | 'unpublish' | 'delete';
}

export interface ChangePage {
  lines: ChangeLine[];
  next: number;
  latest: number;
}

const ACTIONS = new Set(['publish', 'update', 'unpublish', 'delete']);

/**
 * One page of a town's change feed after `since`, checked line by line; undefined when the
 * town has no feed (a town on a plugin version before it).
 */
export async function readChangePage(town: TownSource, since: number, limit: number, timeoutMs: number): Promise<ChangePage | undefined> {
  const { body } = await fetchTownJson<{ data?: unknown; meta?: { next?: unknown; latest?: unknown } }>(
    town,
    `/api/communes-core/changes?since=${since}&limit=${limit}`,
    timeoutMs,
  );
  if (!body) return undefined;
  const bad = (why: string): never => {
    throw new HarvestError(HarvestErrorCode.TownBadResponse, town.code, `its change feed is malformed: ${why}`);
  };
  const { next, latest } = body.meta ?? {};
  if (!Array.isArray(body.data) || !Number.isSafeInteger(next) || !Number.isSafeInteger(latest)) return bad('no data, next or latest');
  if ((next as number) < since) return bad(`next (${next}) goes back before since (${since})`);
  const lines = body.data.map((line: Record<string, unknown>): ChangeLine => {
    if (
      !Number.isSafeInteger(line?.sequence) ||
      typeof line.kind !== 'string' ||
      typeof line.documentId !== 'string' ||
      !isDocumentId(line.documentId) ||
      !(line.locale === null || typeof line.locale === 'string') ||
      !ACTIONS.has(line.action as string)
    )
      return bad(`a line is not a change: ${JSON.stringify(line).slice(0, 120)}`);
    return line as unknown as ChangeLine;
  });
  return { lines, next: next as number, latest: latest as number };
}
