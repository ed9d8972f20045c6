import { type IndexDatabase, readHarvestStates, type TownHarvestState } from '@communes/regional-index';
import type { GatewayContext } from '../resolvers/gateway-context';

const perOperation = new WeakMap<GatewayContext, Promise<Map<string, TownHarvestState>>>();

/**
 * The towns' harvest states, read once per operation: a list of 600 towns, or a dashboard's
 * four aggregates in one request, ask the index one query, and every field of the answer sees
 * the same states.
 */
export function harvestStatesOf(ctx: GatewayContext, index: IndexDatabase): Promise<Map<string, TownHarvestState>> {
  let states = perOperation.get(ctx);
  if (!states) {
    states = readHarvestStates(index);
    perOperation.set(ctx, states);
  }
  return states;
}
