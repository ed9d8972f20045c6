import { describe, expect, it } from 'vitest';
import type { OpenDataContext } from './open-data-route';
import { runOpenDataQuery } from './run-open-data-query';
import { toOpenDataError, type GatewayError } from './to-open-data-error';

const directory = {
  get: (code: string) =>
    ({ eupen: { town: { code: 'eupen', name: 'Eupen' } }, seneffe: { town: { code: 'seneffe', name: 'Seneffe' } } })[code] as never,
};
const townFailure = (code: string, town = 'eupen'): GatewayError => ({
  message: `Town "${town}": unreachable (connect ECONNREFUSED 127.0.0.1:1339).`,
  extensions: { code, town },
});
const said = (errors: GatewayError[], narrow?: string) => {
  const error = toOpenDataError(errors, directory, narrow);
  return error && { status: error.status, code: error.code, message: error.message };
};

describe('toOpenDataError: one map for every open-data format', () => {
  it("answers a town's failure by its code, in the gateway's words, the town's own in the cause", () => {
    expect(said([townFailure('TOWN_UNAVAILABLE')])).toEqual({
      status: 503,
      code: 'TOWN_UNAVAILABLE',
      message: 'Eupen is not answering at the moment; try again later.',
    });
    expect(said([townFailure('TOWN_TIMEOUT')])).toEqual({
      status: 504,
      code: 'TOWN_TIMEOUT',
      message: 'Eupen did not answer in time; try again later.',
    });
    expect(said([townFailure('TOWN_BAD_RESPONSE')])).toEqual({
      status: 502,
      code: 'TOWN_BAD_RESPONSE',
      message: 'Eupen answered with an error; try again later.',
    });
    expect(String(toOpenDataError([townFailure('TOWN_TIMEOUT')], directory)!.cause)).toMatch(/ECONNREFUSED/);
  });

  it('answers a gateway too busy with 503 and when to try again, before any town failure', () => {
    const busy = { message: 'The gateway is answering as many heavy requests as it can at once.', extensions: { code: 'SERVER_BUSY' } };
    const error = toOpenDataError([townFailure('TOWN_TIMEOUT'), busy], directory)!;
    expect({ status: error.status, code: error.code, headers: error.headers }).toEqual({
      status: 503,
      code: 'SERVER_BUSY',
      headers: { 'retry-after': '1' },
    });
  });

  it('names each town once; towns that failed differently are a 502', () => {
    expect(said([townFailure('TOWN_TIMEOUT', 'seneffe'), townFailure('TOWN_TIMEOUT'), townFailure('TOWN_TIMEOUT')])).toEqual({
      status: 504,
      code: 'TOWN_TIMEOUT',
      message: 'No town answered: Eupen did not answer in time; Seneffe did not answer in time; try again later.',
    });
    expect(said([townFailure('TOWN_TIMEOUT', 'seneffe'), townFailure('TOWN_UNAVAILABLE')])).toMatchObject({
      status: 502,
      code: 'TOWNS_UNAVAILABLE',
    });
    expect(said([townFailure('TOWN_TIMEOUT', 'gone')])?.message).toBe('The town did not answer in time; try again later.');
  });

  it("passes the client's own mistakes on as 4xx, before any town's failure", () => {
    expect(said([townFailure('TOWN_TIMEOUT'), { message: 'Unknown town: nowhere.', extensions: { code: 'UNKNOWN_TOWN' } }])).toEqual({
      status: 404,
      code: 'UNKNOWN_TOWN',
      message: 'Unknown town: nowhere.',
    });
    expect(said([{ message: 'first must be between 0 and 100, got 500.', extensions: { code: 'BAD_USER_INPUT' } }])).toEqual({
      status: 400,
      code: 'BAD_PARAMETER',
      message: 'first must be between 0 and 100, got 500.',
    });
    expect(
      said([{ message: 'too costly', extensions: { code: 'QUERY_TOO_COSTLY', cost: 40_000, limit: 20_000 } }], 'Ask for one town.'),
    ).toEqual({
      status: 400,
      code: 'BAD_PARAMETER',
      message: 'This request would read about 40000 entries from the towns asked; the limit is 20000. Ask for one town.',
    });
  });

  it('leaves anything else to be masked: no status, no message of its own', () => {
    expect(said([])).toBeUndefined();
    expect(said([{ message: 'at /srv/gateway/x.js:1', extensions: { code: 'constructor' } }])).toBeUndefined();
    expect(
      said([{ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, townFailure('TOWN_TIMEOUT')]),
    ).toBeUndefined();
  });
});

describe('runOpenDataQuery', () => {
  const answering = (result: unknown) => ({ directory, graphql: async () => result }) as unknown as OpenDataContext;
  it('fails on any error, a partial answer being no answer for one town', async () => {
    await expect(
      runOpenDataQuery(answering({ data: { list: [] }, errors: [townFailure('TOWN_BAD_RESPONSE')] }), '{ x }', {}),
    ).rejects.toMatchObject({ status: 502, code: 'TOWN_BAD_RESPONSE' });
  });
  it('throws what the map does not know as a plain error, for the shell to mask', async () => {
    const error = await runOpenDataQuery(answering({ errors: [{ message: 'at /srv/gateway/x.js:1' }] }), '{ x }', {}).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toHaveProperty('status');
    await expect(runOpenDataQuery(answering({ data: null }), '{ x }', {})).rejects.toThrow(/no data/);
  });
});
