import type { OpenDataContext } from '../open-data-route';
import { GatewayErrorCode } from '../../errors';
import { Open311Error } from './open311-error';
import { toTownFailure } from './to-town-failure';

/** The gateway's own refusals, whose messages are about the client's input and safe to pass on. */
const CLIENT_ERROR_STATUS: Readonly<Record<string, number>> = { [GatewayErrorCode.UnknownTown]: 404, [GatewayErrorCode.BadUserInput]: 400 };

/**
 * Runs an operation on the gateway's own schema; any error (a town down, a bad filter) is
 * an Open311Error with the matching HTTP status: one town is asked, so partial data would be
 * wrong data. A town's failure is told in the gateway's words (its own message, which may
 * carry the town's address or a system error, goes to the log); anything unexpected is masked.
 */
export async function runOpen311Query<T>(context: OpenDataContext, query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await context.graphql<T>(query, variables);
  const error = result.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    const town = typeof error.extensions?.town === 'string' ? error.extensions.town : undefined;
    const townName = (town && context.directory.get(town)?.town.name) ?? 'The town';
    const failure = toTownFailure(code, townName, error.message, 'reading');
    if (failure) throw failure;
    if (typeof code === 'string' && Object.hasOwn(CLIENT_ERROR_STATUS, code)) throw new Open311Error(CLIENT_ERROR_STATUS[code]!, error.message);
    context.logger.error('open311 query failed', { requestId: context.requestId, error: error.message });
    throw new Open311Error(500, 'Internal error.');
  }
  if (!result.data) throw new Open311Error(500, 'Internal error.');
  return result.data;
}
