import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { createFormatError } from './format-error';

/** What Apollo hands formatError for a resolver that threw an unexpected error. */
function unexpected() {
  const error = new Error("ENOENT: no such file or directory, open '/srv/gateway/secrets/towns.json'");
  const wrapped = new GraphQLError(error.message, { path: ['meetings'], originalError: error });
  const formatted = { message: error.message, path: ['meetings'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: (error.stack ?? '').split('\n') } };
  return { error: wrapped, formatted };
}

describe('createFormatError', () => {
  it('masks an unexpected error: no message, stack or file path reaches the client; the logs get them', () => {
    const lines: string[] = [];
    const { error, formatted } = unexpected();
    const masked = createFormatError(createLogger('error', (line) => lines.push(line)), false)(formatted, error);
    expect(masked).toEqual({ message: 'Internal error.', path: ['meetings'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', message: 'unexpected error', error: expect.stringContaining('/srv/gateway/secrets'), stack: expect.stringContaining('format-error.test') });
  });

  it('keeps the stack of a masked error in development only', () => {
    const { error, formatted } = unexpected();
    const masked = createFormatError(createLogger('silent'), true)(formatted, error);
    expect(masked.message).toBe('Internal error.');
    expect(masked.extensions?.stacktrace).toEqual(formatted.extensions.stacktrace);
  });

  it("shows the gateway's own errors as they are, and a limit under its own code", () => {
    const format = createFormatError(createLogger('silent'), false);
    const townDown = { message: 'Town "a": unavailable.', extensions: { code: 'TOWN_UNAVAILABLE', town: 'a' } };
    expect(format(townDown, new GraphQLError(townDown.message))).toEqual(townDown);
    const limit = { message: 'The operation is 13 levels deep; the limit is 12.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', gatewayCode: 'QUERY_TOO_DEEP', limit: 12 } };
    expect(format(limit, new GraphQLError(limit.message))).toEqual({ message: limit.message, extensions: { code: 'QUERY_TOO_DEEP', limit: 12 } });
  });
});
