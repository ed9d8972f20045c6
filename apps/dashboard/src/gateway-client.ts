/** A GraphQL error as the gateway sends it: a message and a code a client can act on. */
export interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

/** The gateway did not answer, or answered nothing usable: the code says which. */
export class GatewayRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'GatewayRequestError';
  }
}

/** The gateway's GraphQL endpoint: the page is served at <gateway>/dashboard/, a build may name another. */
export function gatewayEndpoint(location: Location): string {
  const configured = import.meta.env.VITE_GATEWAY_URL as string | undefined;
  return configured || new URL('../graphql', location.href).href;
}

/**
 * Posts one GraphQL operation. Data with errors (a town that could not be counted) is returned
 * with them, for the page to say what is missing; errors without data are thrown.
 */
export async function queryGateway<T>(
  endpoint: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data: T; errors: GraphqlError[] }> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new GatewayRequestError((error as Error).message, 'NETWORK_ERROR');
  }
  const body = (await response.json().catch(() => null)) as { data?: T | null; errors?: GraphqlError[] } | null;
  if (!body?.data) {
    const first = body?.errors?.[0];
    throw new GatewayRequestError(first?.message ?? `HTTP ${response.status}`, first?.extensions?.code ?? `HTTP_${response.status}`);
  }
  return { data: body.data, errors: body.errors ?? [] };
}
