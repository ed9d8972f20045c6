import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { createMetrics } from '../metrics';
import type { GatewayContext } from '../resolvers/gateway-context';
import { operationLogPlugin } from './apollo-plugins';
import { createFormatError } from './format-error';

/** What Apollo hands formatError for a resolver that threw an unexpected error. */
function unexpected() {
  const error = new Error("ENOENT: no such file or directory, open '/srv/gateway/secrets/towns.json'");
  const wrapped = new GraphQLError(error.message, { path: ['meetings'], originalError: error });
  const formatted = {
    message: error.message,
    path: ['meetings'],
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: (error.stack ?? '').split('\n') },
  };
  return { error: wrapped, formatted };
}

describe('createFormatError', () => {
  it('masks an unexpected error: no message, stack or file path reaches the client; the logs get them, with the request id', async () => {
    const lines: string[] = [];
    const { error, formatted } = unexpected();
    const masked = createFormatError(false)(formatted);
    expect(masked).toEqual({ message: 'Internal error.', path: ['meetings'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    // The log is written where the request is known: Apollo hands the plugin the same error.
    const plugin = operationLogPlugin(
      createLogger('error', (line) => lines.push(line)),
      createMetrics(),
    );
    const hooks = await plugin.requestDidStart!({
      contextValue: { requestId: 'req-1', townErrors: [] } as unknown as GatewayContext,
    } as never);
    await hooks!.didEncounterErrors!({
      errors: [error, new GraphQLError('first must be between 0 and 100, got 101.', { extensions: { code: 'BAD_USER_INPUT' } })],
    } as never);
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({
        level: 'error',
        message: 'unexpected error',
        requestId: 'req-1',
        error: expect.stringContaining('/srv/gateway/secrets'),
        stack: expect.stringContaining('format-error.test'),
      }),
    ]);
  });

  it('keeps the stack of a masked error in development only', () => {
    const { formatted } = unexpected();
    const masked = createFormatError(true)(formatted);
    expect(masked.message).toBe('Internal error.');
    expect(masked.extensions?.stacktrace).toEqual(formatted.extensions.stacktrace);
  });

  it("shows the gateway's own errors as they are, and a limit under its own code", () => {
    const format = createFormatError(false);
    const townDown = { message: 'Town "a": unavailable.', extensions: { code: 'TOWN_UNAVAILABLE', town: 'a' } };
    expect(format(townDown)).toEqual(townDown);
    const limit = {
      message: 'The operation is 13 levels deep; the limit is 12.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', gatewayCode: 'QUERY_TOO_DEEP', limit: 12 },
    };
    expect(format(limit)).toEqual({ message: limit.message, extensions: { code: 'QUERY_TOO_DEEP', limit: 12 } });
  });

  it("shows Apollo's APQ refusals with their codes, the uncoded ones as BAD_REQUEST", () => {
    const format = createFormatError(false);
    const notFound = { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } };
    expect(format(notFound)).toEqual(notFound);
    const notSupported = { message: 'PersistedQueryNotSupported', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } };
    expect(format(notSupported)).toEqual(notSupported);
    // Apollo sends this one without a code; formatError gets it with the default it fills in.
    const mismatch = { message: 'provided sha does not match query', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } };
    expect(format(mismatch)).toEqual({
      message: expect.stringMatching(/^The persisted query's sha256Hash does not match its query/),
      extensions: { code: 'BAD_REQUEST' },
    });
    // The same words from a resolver (it has a path) are unexpected, and masked.
    expect(format({ ...mismatch, path: ['towns'] }).message).toBe('Internal error.');
  });
});
