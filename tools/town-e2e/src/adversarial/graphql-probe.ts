import type { Answer, Probe } from './create-crawl';
import type { RegionTarget } from './region-target';

/** A GraphQL request as a client sends it (JSON, which also passes Apollo's CSRF prevention). */
export function graphqlProbe(
  region: RegionTarget,
  attack: string,
  query: string,
  variables: Record<string, unknown> = {},
  check?: Probe['check'],
): Probe {
  return {
    surface: 'graphql',
    attack,
    method: 'POST',
    url: `${region.origin}/graphql`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    check,
  };
}

export const errorCodes = (answer: Answer): string[] =>
  ((answer.json?.errors ?? []) as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code ?? '?');

/** A GraphQL answer's `data`, as a count picks it: root fields holding a `totalCount`. */
type CountData = Record<string, { totalCount?: number } | null | undefined> | null | undefined;

/** A GraphQL count on something withheld: refused (a client error), or `expected`. */
export const refusedOrCount =
  (what: string, pick: (data: CountData) => number | undefined, expected: number): Probe['check'] =>
  (answer) => {
    const codes = errorCodes(answer);
    if (codes.some((c) => c === 'BAD_USER_INPUT' || c === 'GRAPHQL_VALIDATION_FAILED') && !answer.json?.data) return undefined;
    if (codes.length) return `${what}: errors ${codes.join(', ')}; expected a count or a refusal`;
    const got = pick(answer.json?.data);
    return got === expected ? undefined : `${what}: ${got} counted; expected ${expected} (public entries only) or a refusal`;
  };

/** A GraphQL request that must be refused as the client's error. */
export const refusedAsUserInput =
  (what: string): Probe['check'] =>
  (answer) =>
    errorCodes(answer).some((c) => ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'].includes(c))
      ? undefined
      : `${what}: ${answer.status} ${errorCodes(answer).join(', ') || 'no error'}; expected BAD_USER_INPUT`;
