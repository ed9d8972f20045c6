import type { SharedSession } from './shared-session';

/** The public REST API, as a visitor (or a town's website) reads it. */
export async function readRest<T>(session: Pick<SharedSession, 'api'>, path: string): Promise<{ status: number; data: T; total?: number }> {
  const response = await fetch(`${session.api}${path}`);
  const body = (await response.json()) as { data: T; meta?: { pagination?: { total: number } } };
  return { status: response.status, data: body.data, total: body.meta?.pagination?.total };
}

export class GatewayQueryError extends Error {
  readonly code = 'GATEWAY_QUERY_FAILED';
}

/** A GraphQL query to the gateway over the town, as a front end sends it. */
export async function queryGateway<T>(session: SharedSession, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(session.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new GatewayQueryError(JSON.stringify(body.errors ?? body));
  return body.data;
}
