import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { toGatewaySdl } from '../schema/gateway-sdl';
import { loadDomainSdl } from '../schema/load-domain-sdl';
import { createReadOnlyRule } from './read-only-rule';

// Built with this module's graphql: validate() refuses a schema built by another copy.
const schema = buildSchema(`${loadDomainSdl()}\n${toGatewaySdl()}`);
const refusals = (text: string) => validate(schema, parse(text), [...specifiedRules, createReadOnlyRule()]).map((e) => e.message);

describe('the read-only rule', () => {
  it('refuses a mutation and a subscription before anything runs, and lets a query through', () => {
    expect(refusals('mutation { x }')).toContain('This API only reads: it has no mutation operations; send a query.');
    expect(refusals('subscription S { towns { code } }')).toContain(
      'This API only reads: it has no subscription operations; send a query.',
    );
    expect(refusals('{ towns { code } }')).toEqual([]);
  });
});
