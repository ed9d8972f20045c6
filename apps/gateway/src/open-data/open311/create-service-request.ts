import { GatewayErrorCode, TownError } from '../../errors';
import { TOWN_ERROR_STATUS } from '../town-error-status';
import type { TownEntry } from '../../towns/town-directory';
import { Open311Error } from './open311-error';

const PATH = '/communes-requests/service-requests';

/**
 * Files one request with the town, published at once so that `GET requests` shows it: one
 * create call through Strapi's core controller (its validation and input sanitizing), or
 * none. Returns the new request's documentId.
 */
export async function createServiceRequest(entry: TownEntry, data: Record<string, unknown>, requestId: string): Promise<string> {
  let answer: { status: number; body: unknown };
  try {
    answer = await entry.client.post(PATH, new URLSearchParams({ status: 'published' }), { data }, requestId);
  } catch (error) {
    if (error instanceof TownError) {
      const unsure = error.code === GatewayErrorCode.TownTimeout ? ' The request may have been filed: check GET requests before sending it again.' : '';
      throw new Open311Error(TOWN_ERROR_STATUS[error.code] ?? 502, `${entry.town.name} could not take the request: ${error.message}${unsure}`);
    }
    throw error;
  }
  const body = answer.body as { data?: { documentId?: unknown }; error?: { message?: unknown } } | null;
  if (answer.status === 201 || answer.status === 200) {
    const id = body?.data?.documentId;
    if (typeof id === 'string') return id;
    throw new Open311Error(502, `${entry.town.name} answered without the new request's id.`);
  }
  const message = typeof body?.error?.message === 'string' ? body.error.message.slice(0, 300) : `HTTP ${answer.status}`;
  if (answer.status === 400) throw new Open311Error(400, `${entry.town.name} refused the request: ${message}.`);
  if (answer.status === 401 || answer.status === 403) throw new Open311Error(502, `${entry.town.name} refused the gateway's write token (HTTP ${answer.status}): its registry entry needs the town's current service-request-token.`);
  throw new Open311Error(502, `${entry.town.name} refused the request (HTTP ${answer.status}: ${message}).`);
}
