import { toGraphqlSdl } from '@communes/codegen';
import { communesModel } from '@communes/domain';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildResolvers } from '../resolvers/build-resolvers';
import { toGatewaySdl } from './gateway-sdl';

/**
 * The gateway's executable schema: the content types' SDL, generated from the model (the same
 * text as the committed `generated/domain.graphql`, which a test keeps in step), and the
 * gateway's own types and root fields.
 */
export function buildGatewaySchema() {
  return makeExecutableSchema({ typeDefs: [toGraphqlSdl(communesModel), toGatewaySdl()], resolvers: buildResolvers() as never });
}
