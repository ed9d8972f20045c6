import { createHash } from 'node:crypto';
import { badParameter } from '../open-data-error';
import type { CreateRequestInput } from './parse-create-request';

/** The IETF draft's sf-string (without escapes), and the bare tokens many clients send. */
const QUOTED = /^"([\x20\x21\x23-\x5b\x5d-\x7e]{1,255})"$/;
const BARE = /^[\x21\x23-\x2b\x2d-\x5b\x5d-\x7e]{1,255}$/;

export interface IdempotencyKey {
  /** Where the first result is remembered: scoped to the client (its api_key) and the town. */
  key: string;
  /** What the request said: a repeat under the key that says something else is refused. */
  fingerprint: string;
  ttlMs: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The request's fields in one order and form: parsed values (so `50.50` is `50.5`), the
 * answers by code with their choices sorted, empty answers and the api_key left out. A field
 * added to CreateRequestInput is in it without a change here.
 */
function canonical(input: CreateRequestInput): string {
  const { apiKey: _apiKey, jurisdictionId: _jurisdiction, attributes, ...fields } = input;
  const byName = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
  const answers = [...attributes]
    .filter(([, values]) => values.length > 0)
    .map(([code, values]): [string, string[]] => [code, [...values].sort()]);
  return JSON.stringify([
    Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .sort(byName),
    answers.sort(byName),
  ]);
}

function clientKeyOf(header: string | string[]): string {
  const value = Array.isArray(header) ? undefined : header;
  const key = value === undefined ? undefined : (QUOTED.exec(value)?.[1] ?? (BARE.test(value) ? value : undefined));
  if (key === undefined)
    throw badParameter(
      'Idempotency-Key must be given once, as 1 to 255 printable ASCII characters, quoted as the IETF draft writes it ("...") or bare.',
    );
  return key;
}

/**
 * What a `POST requests` is remembered under. With the client's `Idempotency-Key` header:
 * that key, for `clientMs`, the request's fields as its fingerprint. Without: a key derived
 * from the fields, for the shorter `derivedMs`, which catches a double submit or a retry
 * after a lost answer without merging two people's reports of the same pothole a day apart.
 * `client` identifies the api_key (a digest of it: raw keys are not kept).
 */
export function toIdempotencyKey(
  header: string | string[] | undefined,
  client: string,
  town: string,
  input: CreateRequestInput,
  ttl: { clientMs: number; derivedMs: number },
): IdempotencyKey {
  const fingerprint = sha256(canonical(input));
  if (header === undefined)
    return { key: `derived:${sha256(JSON.stringify([client, town, fingerprint]))}`, fingerprint, ttlMs: ttl.derivedMs };
  return { key: `client:${sha256(JSON.stringify([client, town, clientKeyOf(header)]))}`, fingerprint, ttlMs: ttl.clientMs };
}
