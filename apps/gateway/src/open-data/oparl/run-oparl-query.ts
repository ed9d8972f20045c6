import type { OpenDataContext } from '../open-data-route';
import { GatewayErrorCode } from '../../errors';
import { TOWN_ERROR_STATUS } from '../town-error-status';
import { OparlError } from './oparl-error';

const STATUS_OF_CODE: Readonly<Record<string, 400 | 404 | 502 | 503 | 504>> = { ...TOWN_ERROR_STATUS, [GatewayErrorCode.UnknownTown]: 404, [GatewayErrorCode.BadUserInput]: 400 };

/**
 * Runs an operation on the gateway's schema for one town's OParl view. A partial answer is
 * no answer here: an OParl object missing a town's relations would be silently wrong, so
 * any town error fails the request with the HTTP status that says whose fault it is.
 */
export async function runOparlQuery<T>(context: OpenDataContext, query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await context.graphql<T>(query, variables);
  const error = result.errors?.[0];
  if (error) {
    const code = String(error.extensions?.code ?? '');
    const status = Object.hasOwn(STATUS_OF_CODE, code) ? STATUS_OF_CODE[code] : undefined;
    // The client's own mistakes (a value a town refused) are told as they are; a town's failure says whose it is.
    if (status) throw new OparlError(status, status < 500 ? error.message : `The town did not answer as expected (${code}): ${error.message}`);
    throw new Error(`OParl query failed: ${code} ${error.message}`);
  }
  if (!result.data) throw new Error('OParl query answered no data.');
  return result.data;
}
