import { Environment, type GraphQLResponse, Network, RecordSource, Store } from 'relay-runtime';

/** Relay's runtime as a browser app sets it up: one store, a network that posts to the gateway. */
export function createRelayEnvironment(url: string): Environment {
  const network = Network.create(async (request, variables) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: request.text, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  });
  return new Environment({ network, store: new Store(new RecordSource()) });
}
