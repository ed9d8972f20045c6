import type { GraphQLError } from 'graphql';
import type { GatewayConfig } from '../config';
import type { TownDirectory } from '../towns/town-directory';
import type { TownLoaders } from '../towns/town-loaders';

/** Per operation: created for each request, dropped after it. */
export interface GatewayContext {
  config: GatewayConfig;
  directory: TownDirectory;
  loaders: TownLoaders;
  requestId: string;
  /** One error per failing town: the data of the others still comes back. */
  townErrors: GraphQLError[];
}
