import { HarvestError, HarvestErrorCode } from './harvest-error';
import type { TownSource } from './town-source';

/** What a town's GET answered: its status and its JSON body (undefined for a 404). */
export interface TownAnswer<T> {
  status: number;
  body: T | undefined;
}

/**
 * GETs a JSON document of a town's public API. A 404 is an answer (an older town without a
 * route); no answer, a 5xx or a body that is not JSON is a HarvestError. The town's address
 * stays out of the message (it goes to the harvester's own log only through `town`).
 */
export async function fetchTownJson<T>(town: TownSource, path: string, timeoutMs: number): Promise<TownAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(`${town.url}${path}`, {
      headers: { accept: 'application/json', ...(town.token ? { authorization: `Bearer ${town.token}` } : {}) },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new HarvestError(
      HarvestErrorCode.TownUnavailable,
      town.code,
      timedOut ? `no answer within ${timeoutMs} ms` : 'the town did not answer',
    );
  }
  if (response.status === 404) {
    await response.body?.cancel();
    return { status: 404, body: undefined };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new HarvestError(HarvestErrorCode.TownBadResponse, town.code, `HTTP ${response.status} for ${path.split('?')[0]}`);
  }
  try {
    return { status: response.status, body: (await response.json()) as T };
  } catch {
    throw new HarvestError(HarvestErrorCode.TownBadResponse, town.code, `the answer to ${path.split('?')[0]} is not JSON`);
  }
}
