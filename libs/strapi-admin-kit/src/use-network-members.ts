import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import type { NetworkMembers } from './logic/network-members';

const NETWORK_MEMBERS_PATH = '/communes-core/network-members';
/** The town reads its gateway at most every five minutes; the panel asks the town as often. */
const KEEP_MS = 5 * 60_000;
let asked: { at: number; answer: Promise<NetworkMembers> } | undefined;

/**
 * The network's members, as the town read them from its gateway, for the inputs to offer by
 * name. A town whose core plugin predates the route, or that cannot read its network, gets
 * none: the inputs then take identifiers typed.
 */
export function useNetworkMembers(): NetworkMembers {
  const { get } = useFetchClient();
  const [network, setNetwork] = useState<NetworkMembers>({ members: [], status: 'loading' });
  useEffect(() => {
    if (!asked || Date.now() - asked.at > KEEP_MS)
      asked = {
        at: Date.now(),
        answer: get<{ data: NetworkMembers }>(NETWORK_MEMBERS_PATH)
          .then(({ data }) => data.data)
          .catch((): NetworkMembers => ({ members: [], status: 'unavailable' })),
      };
    let live = true;
    void asked.answer.then((answer) => live && setNetwork(answer));
    return () => {
      live = false;
    };
  }, [get]);
  return network;
}
