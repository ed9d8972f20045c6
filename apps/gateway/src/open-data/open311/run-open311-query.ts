import type { OpenDataContext } from '../open-data-route';
import { GatewayErrorCode } from '../../errors';
import { TOWN_ERROR_STATUS } from '../town-error-status';
import { Open311Error } from './open311-error';

const STATUS_OF: Readonly<Record<string, number>> = { ...TOWN_ERROR_STATUS, [GatewayErrorCode.UnknownTown]: 404, [GatewayErrorCode.BadUserInput]: 400 };

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
