import { describe, expect, it } from 'vitest';
import { GatewayErrorCode, TownError } from '../../errors';
import type { TownEntry } from '../../towns/town-directory';
import { createServiceRequest } from './create-service-request';
import { OpenDataError } from '../open-data-error';

/** What a town can tell the gateway that no client should read: its address, the system's errors. */
const INTERNALS = /127\.0\.0\.1|10\.0\.0\.7|1337|ECONNREFUSED|connect|internal\.seneffe|\/var\/|stack|SQLITE/i;

/** A town entry whose client answers (or fails) the create call as given: the town is the edge. */
const townAnswering = (post: () => Promise<{ status: number; body: unknown }>) =>
  ({
    town: { code: 'seneffe', name: 'Seneffe', url: 'http://10.0.0.7:1337', locales: ['fr'], groups: {} },
    client: { post },
  }) as unknown as TownEntry;

const refusal = async (post: () => Promise<{ status: number; body: unknown }>) => {
  const error = await createServiceRequest(townAnswering(post), {}, 'req-1').then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OpenDataError);
  const { status, message } = error as OpenDataError;
  expect(message).not.toMatch(INTERNALS);
  return { status, message, cause: String((error as Error).cause) };
};

describe('createServiceRequest', () => {
  it("returns the new request's documentId", async () => {
    expect(
      await createServiceRequest(
        townAnswering(async () => ({ status: 201, body: { data: { documentId: 'abc' } } })),
        {},
        'req-1',
      ),
    ).toBe('abc');
  });

  describe("abuse: what the town says stays in the gateway's log", () => {
    it("answers a town that cannot be reached with 503, without its address or the system's error", async () => {
      const failed = await refusal(async () => {
        throw new TownError(GatewayErrorCode.TownUnavailable, 'seneffe', 'unreachable (connect ECONNREFUSED 127.0.0.1:1337).');
      });
      expect(failed).toMatchObject({
        status: 503,
        message: 'Seneffe is not answering at the moment, and nothing was filed; try again later.',
      });
      expect(failed.cause).toMatch(/ECONNREFUSED 127\.0\.0\.1:1337/);
    });

    it('answers a timeout with 504, saying the request may have been filed', async () => {
      const failed = await refusal(async () => {
        throw new TownError(GatewayErrorCode.TownTimeout, 'seneffe', 'no answer within 5000 ms from http://10.0.0.7:1337.');
      });
      expect(failed).toMatchObject({
        status: 504,
        message: 'Seneffe did not answer in time. The request may have been filed: check GET requests before sending it again.',
      });
    });

    it("answers a town's 5xx with 502", async () => {
      const failed = await refusal(async () => {
        throw new TownError(GatewayErrorCode.TownBadResponse, 'seneffe', 'answered HTTP 500: SQLITE_BUSY at /var/lib/town.db.');
      });
      expect(failed).toMatchObject({
        status: 502,
        message: 'Seneffe failed to take the request. It may have been filed: check GET requests before sending it again.',
      });
    });

    it("answers the town's own refusals without its words", async () => {
      const body = {
        error: { status: 400, name: 'ValidationError', message: 'Invalid relation at http://internal.seneffe:1337/api (ECONNREFUSED)' },
      };
      expect(await refusal(async () => ({ status: 400, body }))).toMatchObject({
        status: 400,
        message:
          "Seneffe refused the request as invalid and filed nothing; the gateway's log has its reason under this answer's x-request-id.",
      });
      expect(await refusal(async () => ({ status: 403, body }))).toMatchObject({
        status: 502,
        message: 'Seneffe is not taking requests through this gateway at the moment, and nothing was filed.',
      });
      const other = await refusal(async () => ({ status: 405, body }));
      expect(other).toMatchObject({ status: 502, message: 'Seneffe refused the request (HTTP 405), and filed nothing.' });
      expect(other.cause).toMatch(/internal\.seneffe/);
      expect(await refusal(async () => ({ status: 201, body: { data: { id: 7 } } }))).toMatchObject({
        status: 502,
        message: "Seneffe answered without the new request's id. It may have been filed: check GET requests before sending it again.",
      });
    });
  });
});
