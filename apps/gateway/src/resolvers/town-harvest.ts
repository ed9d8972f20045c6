import { harvestStatesOf } from '../index-reads/harvest-states-of';
import type { GatewayContext } from './gateway-context';

/** `Town.harvest`: what the regional index holds of the town's harvest; null without an index. */
export async function townHarvest(code: string, ctx: GatewayContext) {
  if (!ctx.index) return null;
  const state = (await harvestStatesOf(ctx, ctx.index)).get(code);
  if (!state)
    return {
      source: 'FEED' as const,
      lastSuccess: null,
      lastAttempt: null,
      failures: 0,
      lastError: null,
      behind: 0,
      nextAttempt: null,
      refused: 0,
      lastRefusal: null,
    };
  return {
    source: state.source === 'sweep' ? ('SWEEP' as const) : ('FEED' as const),
    lastSuccess: state.lastSuccess?.toISOString() ?? null,
    lastAttempt: state.lastAttempt?.toISOString() ?? null,
    failures: state.failures,
    lastError: state.lastError,
    behind: state.feedLatest === null ? 0 : Math.max(0, state.feedLatest - state.lastSequence),
    nextAttempt: state.nextAttempt?.toISOString() ?? null,
    refused: state.refused ?? 0,
    lastRefusal: state.lastRefusal ?? null,
  };
}
