import { GatewayErrorCode, TownError } from '../../errors';
import type { TownEntry } from '../../towns/town-directory';
import { OpenDataError } from '../open-data-error';
import { OPEN_DATA_STATUS, isTownFailureCode, type TownFailureCode } from '../open-data-status';

const PATH = '/communes-requests/service-requests';
const MAY_EXIST = 'It may have been filed: check GET requests before sending it again.';

/** What the public reads when the town fails the create call: whether the request may exist all the same. */
const FAILED_CREATING: Readonly<Record<TownFailureCode, (town: string) => string>> = {
  [GatewayErrorCode.TownUnavailable]: (town) => `${town} is not answering at the moment, and nothing was filed; try again later.`,
  [GatewayErrorCode.TownTimeout]: (town) =>
    `${town} did not answer in time. The request may have been filed: check GET requests before sending it again.`,
  [GatewayErrorCode.TownBadResponse]: (town) => `${town} failed to take the request. ${MAY_EXIST}`,
};

/** The town's own words about a refusal, for the gateway's log only. */
function townReason(status: number, body: unknown): string {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return `HTTP ${status}${typeof message === 'string' ? `: ${message.slice(0, 300)}` : ''}`;
}

const badResponse = (message: string, cause: string) =>
  new OpenDataError(OPEN_DATA_STATUS[GatewayErrorCode.TownBadResponse], GatewayErrorCode.TownBadResponse, message, { cause });

/**
 * Files one request with the town, published at once so that `GET requests` shows it: one
 * create call through Strapi's core controller (its validation and input sanitizing), or
 * none. Returns the new request's documentId. Whatever the town answers, the client reads
 * the gateway's words, with the status every open-data format gives the failure: the
 * town's (and the system's) go to the log, through the error's cause.
 */
export async function createServiceRequest(entry: TownEntry, data: Record<string, unknown>, requestId: string): Promise<string> {
  const name = entry.town.name;
  let answer: { status: number; body: unknown };
  try {
    answer = await entry.client.post(PATH, new URLSearchParams({ status: 'published' }), { data }, requestId);
  } catch (error) {
    if (error instanceof TownError && isTownFailureCode(error.code))
      throw new OpenDataError(OPEN_DATA_STATUS[error.code], error.code, FAILED_CREATING[error.code](name), { cause: error.message });
    throw error;
  }
  const reason = townReason(answer.status, answer.body);
  if (answer.status === 201 || answer.status === 200) {
    const id = (answer.body as { data?: { documentId?: unknown } } | null)?.data?.documentId;
    if (typeof id === 'string') return id;
    throw badResponse(`${name} answered without the new request's id. ${MAY_EXIST}`, reason);
  }
  // The gateway checked everything the model says first, so this is the town's model or
  // state differing from the gateway's: a matter for its operators more than for the client.
  if (answer.status === 400) {
    throw new OpenDataError(
      OPEN_DATA_STATUS[GatewayErrorCode.BadUserInput],
      GatewayErrorCode.BadUserInput,
      `${name} refused the request as invalid and filed nothing; the gateway's log has its reason under this answer's x-request-id.`,
      { cause: reason },
    );
  }
  if (answer.status === 401 || answer.status === 403) {
    throw badResponse(
      `${name} is not taking requests through this gateway at the moment, and nothing was filed.`,
      `${reason}; the town refused the gateway's write token: its registry entry needs the town's current service-request-token.`,
    );
  }
  throw badResponse(`${name} refused the request (HTTP ${answer.status}), and filed nothing.`, reason);
}
