import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { toGatewaySdl } from '../schema/gateway-sdl';
import { loadDomainSdl } from '../schema/load-domain-sdl';
import { createLimitsRule } from './limits-rule';

// The gateway's SDL built with this module's graphql: validate() refuses a schema built by
// another copy (graphql-tools loads the CommonJS one under vitest).
const schema = buildSchema(`${loadDomainSdl()}\n${toGatewaySdl()}`);
const limitsOf = (text: string) =>
  validate(schema, parse(text), [...specifiedRules, createLimitsRule({ maxDepth: 12, maxAliases: 30 })])
    .filter((e) => e.extensions.gatewayCode)
    .map((e) => ({ code: e.extensions.gatewayCode, message: e.message }));

describe('the limits rule', () => {
  it('refuses a chain of 3,000 fragments, each spreading the next, as too deep instead of overflowing the stack', () => {
    let text = 'query { ...F0 }';
    for (let i = 0; i < 3000; i++) text += ` fragment F${i} on Query { ...F${i + 1} }`;
    text += ' fragment F3000 on Query { towns { code } }';
    expect(limitsOf(text)).toEqual([
      { code: 'QUERY_TOO_DEEP', message: 'The operation is more than 500 levels deep, fragments included; the limit is 12.' },
    ]);
  });

  it('refuses fields nested 600 deep the same way', () => {
    const text = `{ towns { ${'meetings { nodes { town { '.repeat(200)}code${' } } }'.repeat(200)} } }`;
    expect(limitsOf(text)).toEqual([
      { code: 'QUERY_TOO_DEEP', message: 'The operation is more than 500 levels deep, fragments included; the limit is 12.' },
    ]);
  });

  it('says the depth and the aliases it found', () => {
    // meetings, nodes, then agendaItems and meeting five times each, then name: 13 levels.
    const deep = `meetings { nodes { ${'agendaItems { meeting { '.repeat(5)}name${' } }'.repeat(5)} } }`;
    const text = `{ ${Array.from({ length: 31 }, (_, i) => `t${i}: towns { code }`).join(' ')} ${deep} }`;
    expect(limitsOf(text)).toEqual([
      { code: 'QUERY_TOO_DEEP', message: 'The operation is 13 levels deep; the limit is 12.' },
      { code: 'TOO_MANY_ALIASES', message: 'The operation has 31 aliases; the limit is 30.' },
    ]);
  });
});
