import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IndexDatabase } from '@communes/regional-index';
import type { GatewayConfig } from '../config';
import type { Logger } from '../logger';
import type { Open311PostGuard } from './open311/open311-post-guard';
import type { TownDirectory } from '../towns/town-directory';

/** The outcome of a GraphQL operation run against the gateway's own schema. */
export interface InternalGraphQLResult<T> {
  data?: T | null;
  errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** What an open-data endpoint gets for one HTTP request. */
export interface OpenDataContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  requestId: string;
  config: GatewayConfig;
  directory: TownDirectory;
  /** Every line it writes carries the request's id. */
  logger: Logger;
  /**
   * The gateway's public origin (GATEWAY_PUBLIC_URL, else the address it listens on), for
   * absolute URLs; never the request's Host, which any client sets.
   */
  publicOrigin: string;
  /** The regional index, when the gateway has one: bulk exports read it. */
  index?: IndexDatabase;
  /** Open311 POSTs' rate limit and remembered results, per gateway. */
  open311PostGuard: Open311PostGuard;
  /**
   * Runs an operation on the gateway's own GraphQL schema, with the same federation,
   * cache, limits and town errors as a client's request: the open-data outputs are views of
   * the schema, not a second way of reading towns.
   */
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<InternalGraphQLResult<T>>;
  /** The request body, refused with 413 past the gateway's body limit. */
  readBody(): Promise<string>;
}

/**
 * One open-data endpoint family (OParl, Open311, iCalendar, feeds, JSON-LD). `handle`
 * answers and returns true when the path is its own, false to let the next one try.
 */
export interface OpenDataRoute {
  name: string;
  handle(context: OpenDataContext): Promise<boolean>;
}
