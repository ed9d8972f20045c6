import { TownError } from '../../errors';
import type { TownEntry } from '../../towns/town-directory';
import { Open311Error } from './open311-error';
import { toTownFailure } from './to-town-failure';

const PATH = '/communes-requests/service-requests';
const MAY_EXIST = 'It may have been filed: check GET requests before sending it again.';

/** The town's own words about a refusal, for the gateway's log only. */
function townReason(status: number, body: unknown): string {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return `HTTP ${status}${typeof message === 'string' ? `: ${message.slice(0, 300)}` : ''}`;
}

/**
 * Files one request with the town, published at once so that `GET requests` shows it: one
 * create call through Strapi's core controller (its validation and input sanitizing), or
 * none. Returns the new request's documentId. Whatever the town answers, the client reads
 * the gateway's words: the town's (and the system's) go to the log, through the error's cause.
 */
export async function createServiceRequest(entry: TownEntry, data: Record<string, unknown>, requestId: string): Promise<string> {
  const name = entry.town.name;
  let answer: { status: number; body: unknown };
  try {
    answer = await entry.client.post(PATH, new URLSearchParams({ status: 'published' }), { data }, requestId);
  } catch (error) {
    if (error instanceof TownError) throw toTownFailure(error.code, name, error.message, 'creating')!;
    throw error;
  }
  const reason = townReason(answer.status, answer.body);
  if (answer.status === 201 || answer.status === 200) {
    const id = (answer.body as { data?: { documentId?: unknown } } | null)?.data?.documentId;
    if (typeof id === 'string') return id;
    throw new Open311Error(502, `${name} answered without the new request's id. ${MAY_EXIST}`, {}, reason);
  }
  // The gateway checked everything the model says first, so this is the town's model or
  // state differing from the gateway's: a matter for its operators more than for the client.
  if (answer.status === 400) throw new Open311Error(400, `${name} refused the request as invalid and filed nothing; the gateway's log has its reason under this answer's x-request-id.`, {}, reason);
  if (answer.status === 401 || answer.status === 403) {
    throw new Open311Error(502, `${name} is not taking requests through this gateway at the moment, and nothing was filed.`, {}, `${reason}; the town refused the gateway's write token: its registry entry needs the town's current service-request-token.`);
  }
  throw new Open311Error(502, `${name} refused the request (HTTP ${answer.status}), and filed nothing.`, {}, reason);
}
