import { MEMBER_KINDS } from '@communes/domain';
import type { Probe } from './create-crawl';
import { errorCodes, graphqlProbe } from './graphql-probe';
import type { RegionTarget } from './region-target';
import { EVIL_ORIGIN, noCredentialedReflection } from './no-credentialed-reflection';

const EVIL_HOST = 'evil.test';

/** A GraphQL answer refused with one of `codes` (or an HTTP 4xx carrying it). */
const refusedWith =
  (what: string, ...codes: string[]): Probe['check'] =>
  (answer) =>
    errorCodes(answer).some((c) => codes.includes(c))
      ? undefined
      : `${what}: HTTP ${answer.status}, ${errorCodes(answer).join(', ') || answer.text.slice(0, 80)}; expected ${codes.join(' or ')}`;

/**
 * The gateway's edges: CORS on GraphQL and open data, the Host header (OParl ids and feed
 * links are built from the public origin, never from what a client claims), the limits on
 * depth, aliases, page size, cost, body size and batching, and errors that show no stack.
 */
export function gatewayEdgeProbes(region: RegionTarget): Probe[] {
  const deep = `{ meetings(first: 1) { nodes { ${'organizations { meetings { '.repeat(7)}documentId${' } }'.repeat(7)} } } }`;
  const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: towns { code }`).join(' ')} }`;
  const costly = '{ organizations(first: 100) { nodes { meetings { agendaItems { papers { agendaItems { documentId } } } } } } }';
  const probes: Probe[] = [
    {
      surface: 'graphql',
      attack: 'cors',
      url: `${region.origin}/graphql?query=%7B__typename%7D`,
      headers: { origin: EVIL_ORIGIN, 'apollo-require-preflight': 'true' },
      check: noCredentialedReflection,
    },
    {
      surface: 'graphql',
      attack: 'cors',
      method: 'OPTIONS',
      url: `${region.origin}/graphql`,
      headers: { origin: EVIL_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      check: noCredentialedReflection,
    },
    {
      surface: 'oparl',
      attack: 'cors',
      url: `${region.origin}/oparl/v1/system`,
      headers: { origin: EVIL_ORIGIN },
      check: noCredentialedReflection,
    },
    {
      surface: 'oparl',
      attack: 'host-header',
      url: `${region.origin}/oparl/v1/system`,
      headers: { host: EVIL_HOST },
      check: hostNotEchoed,
    },
    {
      surface: 'oparl',
      attack: 'host-header',
      url: `${region.origin}/oparl/v1/bodies`,
      headers: { host: EVIL_HOST, 'x-forwarded-host': EVIL_HOST },
      check: hostNotEchoed,
    },
    {
      surface: 'feeds',
      attack: 'host-header',
      url: `${region.origin}/feeds/news.atom`,
      headers: { host: EVIL_HOST, 'x-forwarded-host': EVIL_HOST },
      check: hostNotEchoed,
    },
    {
      surface: 'json-ld',
      attack: 'host-header',
      url: `${region.origin}/json-ld/events?limit=3`,
      headers: { host: EVIL_HOST },
      check: hostNotEchoed,
    },
    {
      surface: 'open311',
      attack: 'host-header',
      url: `${region.origin}/open311/v2/${region.plantings[0]!.town}/discovery.json`,
      headers: { host: EVIL_HOST },
      check: hostNotEchoed,
    },
    graphqlProbe(region, 'graphql.limits', deep, {}, refusedWith('a 9-level query', 'QUERY_TOO_DEEP')),
    graphqlProbe(region, 'graphql.limits', aliases, {}, refusedWith('40 aliases', 'TOO_MANY_ALIASES')),
    graphqlProbe(region, 'graphql.limits', costly, {}, refusedWith('a query touching 100 × 10⁴ entries', 'QUERY_TOO_COSTLY')),
    graphqlProbe(
      region,
      'graphql.limits',
      'query($n: Int) { meetings(first: $n) { totalCount } }',
      { n: 100000 },
      refusedWith('first: 100000 in a variable', 'BAD_USER_INPUT', 'QUERY_TOO_COSTLY'),
    ),
    {
      ...graphqlProbe(region, 'graphql.limits', `{ towns { code } } # ${'x'.repeat(120_000)}`),
      check: (a) => (a.status === 413 ? undefined : `a 120 kB body: HTTP ${a.status}; expected 413`),
    },
    {
      ...graphqlProbe(region, 'graphql.limits', ''),
      body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ towns { code } }' }))),
      check: (a) => (a.status >= 400 && a.status < 500 ? undefined : `a batch of 50 operations: HTTP ${a.status}; expected a refusal`),
    },
    // Member kinds: an unknown kind, a code where the enum is expected, and any language a
    // client types for a kind's label (English for what is not fr, nl, de or en, never an echo).
    graphqlProbe(
      region,
      'member-kind',
      '{ towns(kind: [CASTLE]) { code } }',
      {},
      refusedWith('an unknown kind', 'GRAPHQL_VALIDATION_FAILED'),
    ),
    graphqlProbe(
      region,
      'member-kind',
      'query($k: [MemberKind!]) { towns(kind: $k) { code } }',
      { k: ['police-zone'] },
      refusedWith('a kind code in place of its enum value', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'),
    ),
    ...['__proto__', 'constructor', 'toString', `<script>${'x'.repeat(5000)}`].map((language) =>
      graphqlProbe(
        region,
        'member-kind',
        'query($l: String) { towns(kind: [TOWN]) { code kindLabel(language: $l) } }',
        { l: language },
        (answer) => {
          const towns = (answer.json?.data as { towns?: { kindLabel: unknown }[] } | undefined)?.towns;
          if (answer.status !== 200 || !towns?.length)
            return `kindLabel(language: ${JSON.stringify(language.slice(0, 20))}): HTTP ${answer.status}`;
          return towns.every((t) => t.kindLabel === MEMBER_KINDS.town.labels.en)
            ? undefined
            : `kindLabel(language: ${JSON.stringify(language.slice(0, 20))}) answered ${JSON.stringify(towns.map((t) => t.kindLabel)).slice(0, 80)}`;
        },
      ),
    ),
    graphqlProbe(region, 'error-disclosure', '{ meetings(filters: { nosuchfield: { eq: 1 } }) { totalCount } }'),
    graphqlProbe(region, 'error-disclosure', '{ __schema { types { name } '),
    {
      surface: 'graphql',
      attack: 'error-disclosure',
      method: 'POST',
      url: `${region.origin}/graphql`,
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    },
  ];
  return probes;
}

const hostNotEchoed: Probe['check'] = (answer) =>
  answer.text.includes(EVIL_HOST) ? `the answer names ${EVIL_HOST}, the Host the client sent` : undefined;
