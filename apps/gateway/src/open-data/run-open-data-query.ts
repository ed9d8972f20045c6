import type { OpenDataContext } from './open-data-route';
import { toOpenDataError } from './to-open-data-error';

/**
 * Runs an operation on the gateway's own schema for an endpoint that answers for one town
 * (OParl, Open311). A partial answer is no answer here: an object missing a town's relations
 * would be silently wrong, so any error fails the request, with the status every open-data
 * format gives it. An error the map does not know is thrown as it is, for the serving shell
 * to log and mask.
 */
export async function runOpenDataQuery<T>(context: OpenDataContext, query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await context.graphql<T>(query, variables);
  if (result.errors?.length)
    throw toOpenDataError(result.errors, context.directory) ?? new Error(`An open-data operation failed: ${result.errors[0]!.message}`);
  if (!result.data) throw new Error('An open-data operation answered no data.');
  return result.data;
}
