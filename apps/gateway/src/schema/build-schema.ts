import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildResolvers } from '../resolvers/build-resolvers';
import { toGatewaySdl } from './gateway-sdl';
import { loadDomainSdl } from './load-domain-sdl';
import { nameAllowedCodes } from './name-allowed-codes';

/**
 * The gateway's executable schema: the content types' SDL, generated from the model and
 * committed (`generated/domain.graphql`, kept in step by codegen's drift test), and the
 * gateway's own types and root fields.
 */
export function buildGatewaySchema() {
  return nameAllowedCodes(makeExecutableSchema({ typeDefs: [loadDomainSdl(), toGatewaySdl()], resolvers: buildResolvers() }));
}
