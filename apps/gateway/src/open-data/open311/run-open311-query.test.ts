import { describe, expect, it } from 'vitest';
import type { InternalGraphQLResult, OpenDataContext } from '../open-data-route';
import { Open311Error } from './open311-error';
import { runOpen311Query } from './run-open311-query';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const directory = { get: (code: string) => (code === 'eupen' ? { town: { code: 'eupen', name: 'Eupen' } } : undefined) };
/** A context whose schema answers as given: the gateway's own GraphQL is the edge here. */
const answering = (result: InternalGraphQLResult<unknown>) => ({ requestId: 'req-1', logger: silent, directory, graphql: async () => result }) as unknown as OpenDataContext;

const refusal = async (result: InternalGraphQLResult<unknown>) => {
  const error = await runOpen311Query(answering(result), '{ x }', {}).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Open311Error);
  return { status: (error as Open311Error).status, message: (error as Error).message };
};

describe('runOpen311Query', () => {
  it('answers a town\'s failure by its code, without the town\'s address or the system\'s error', async () => {
    const failure = (code: string) => ({ errors: [{ message: 'Town "eupen": unreachable (connect ECONNREFUSED 127.0.0.1:1339).', extensions: { code, town: 'eupen' } }] });
    expect(await refusal(failure('TOWN_UNAVAILABLE'))).toEqual({ status: 503, message: 'Eupen is not answering at the moment; try again later.' });
    expect(await refusal(failure('TOWN_TIMEOUT'))).toEqual({ status: 504, message: 'Eupen did not answer in time; try again later.' });
    expect(await refusal(failure('TOWN_BAD_RESPONSE'))).toEqual({ status: 502, message: 'Eupen answered with an error; try again later.' });
  });

  it('passes the gateway\'s own refusals of bad input on, and masks the rest', async () => {
    expect(await refusal({ errors: [{ message: 'Unknown town: nowhere.', extensions: { code: 'UNKNOWN_TOWN' } }] })).toEqual({ status: 404, message: 'Unknown town: nowhere.' });
    expect(await refusal({ errors: [{ message: 'at /srv/gateway/x.js:1', extensions: { code: 'constructor' } }] })).toEqual({ status: 500, message: 'Internal error.' });
    expect(await refusal({ errors: [{ message: 'at /srv/gateway/x.js:1' }] })).toEqual({ status: 500, message: 'Internal error.' });
  });
});
