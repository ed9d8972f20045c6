import type { OpenDataContext } from '../open-data-route';
import { Open311Error } from './open311-error';

const STATUS_OF: Record<string, number> = {
  TOWN_UNAVAILABLE: 503,
  TOWN_TIMEOUT: 504,
  TOWN_BAD_RESPONSE: 502,
  UNKNOWN_TOWN: 404,
  BAD_USER_INPUT: 400,
};

/**
 * Runs an operation on the gateway's own schema; any error (a town down, a bad filter) is
 * an Open311Error with the matching HTTP status: one town is asked, so partial data would be
 * wrong data.
 */
export async function runOpen311Query<T>(context: OpenDataContext, query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await context.graphql<T>(query, variables);
  const error = result.errors?.[0];
  if (error) {
    const status = STATUS_OF[String(error.extensions?.code)];
    if (status) throw new Open311Error(status, error.message);
    context.logger.error('open311 query failed', { requestId: context.requestId, error: error.message });
    throw new Open311Error(500, 'Internal error.');
  }
  if (!result.data) throw new Open311Error(500, 'Internal error.');
  return result.data;
}
