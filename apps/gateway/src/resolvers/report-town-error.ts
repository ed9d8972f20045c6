import type { GraphQLResolveInfo } from 'graphql';
import type { TownError } from '../errors';
import type { GatewayContext } from './gateway-context';

export function pathOf(info: GraphQLResolveInfo): (string | number)[] {
  const path: (string | number)[] = [];
  for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) path.unshift(p.key);
  return path;
}

/**
 * Adds a town's failure to the response, at the field being resolved, beside the data of
 * the other towns (`townErrorsPlugin` writes them out, one per town and field).
 */
export function reportTownError(ctx: GatewayContext, info: GraphQLResolveInfo, error: TownError): void {
  ctx.townErrors.push(error.toGraphQLError(pathOf(info)));
}
