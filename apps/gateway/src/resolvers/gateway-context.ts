import type { IndexDatabase } from '@communes/regional-index';
import type { GraphQLError } from 'graphql';
import type { GatewayConfig } from '../config';
import type { Logger } from '../logger';
import type { TownDirectory } from '../towns/town-directory';
import type { TownLoaders } from '../towns/town-loaders';

/** Per operation: created for each request, dropped after it. */
export interface GatewayContext {
  config: GatewayConfig;
  directory: TownDirectory;
  loaders: TownLoaders;
  /** The regional index, when the gateway has one. */
  index?: IndexDatabase;
  /** Whether lists and search over more than one town read the index (never for open-data routes, which page by town offsets). */
  readsIndex?: boolean;
  logger?: Logger;
  requestId: string;
  /** One error per failing town: the data of the others still comes back. */
  townErrors: GraphQLError[];
}
