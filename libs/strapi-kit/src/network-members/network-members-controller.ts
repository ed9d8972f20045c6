import type { Core } from '@strapi/strapi';
import type { CoreConfig } from '../core/core-config';
import { createNetworkMembersClient, type NetworkMembers } from './network-members-client';

/** What `GET /communes-core/network-members` answers, in `data`. */
export type NetworkMembersAnswer = NetworkMembers & { self: string };

/**
 * `GET /communes-core/network-members` (any admin: editors name members when they share an
 * entry): the network's members, for the inputs to offer by name, and the town's own code,
 * which they leave out.
 */
export const createNetworkMembersController = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = strapi.config.get('plugin::communes-core') as CoreConfig;
  const client = createNetworkMembersClient(config.network?.url, (message) => strapi.log.warn(message));
  return {
    async find(ctx: { body: unknown }) {
      ctx.body = { data: { self: config.town.code, ...(await client.read()) } satisfies NetworkMembersAnswer };
    },
  };
};

export const networkMembersRoute = {
  method: 'GET',
  path: '/network-members',
  handler: 'network-members.find',
  config: { policies: ['admin::isAuthenticatedAdmin'] },
};
