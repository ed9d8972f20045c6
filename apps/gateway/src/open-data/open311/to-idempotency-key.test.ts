import { describe, expect, it } from 'vitest';
import { OpenDataError } from '../open-data-error';
import { parseCreateRequest } from './parse-create-request';
import { toIdempotencyKey } from './to-idempotency-key';

const TTL = { clientMs: 86_400_000, derivedMs: 600_000 };
const input = (form: string) => parseCreateRequest(new URLSearchParams(form));
const FORM =
  'service_code=pothole&lat=50.5&long=4.26&description=Deep&attribute[where][]=road&attribute[where][]=pavement&attribute[size]=large';
const keyOf = (header: string | string[] | undefined, form = FORM, client = 'client-a', town = 'seneffe') =>
  toIdempotencyKey(header, client, town, input(form), TTL);
const refusal = (header: string | string[]) => {
  try {
    keyOf(header);
  } catch (error) {
    expect(error).toBeInstanceOf(OpenDataError);
    expect((error as OpenDataError).status).toBe(400);
    return (error as Error).message;
  }
  throw new Error(`${String(header)} was accepted`);
};

describe('toIdempotencyKey', () => {
  describe('without an Idempotency-Key', () => {
    it('derives one from what the request says, however it is written', () => {
      const derived = keyOf(undefined);
      expect(derived.ttlMs).toBe(600_000);
      expect(
        keyOf(
          undefined,
          'attribute[size]=large&description=+Deep+&lat=50.50&long=4.260&attribute[where][]=pavement&attribute[where][]=road&service_code=pothole&api_key=x',
        ),
      ).toEqual(derived);
      expect(keyOf(undefined, `${FORM}&attribute[note]=`)).toEqual(derived);
    });

    it('tells apart requests that differ in anything, and clients and towns', () => {
      const derived = keyOf(undefined).key;
      expect(keyOf(undefined, FORM.replace('Deep', 'Deeper')).key).not.toBe(derived);
      expect(keyOf(undefined, `${FORM}&email=a%40example.org`).key).not.toBe(derived);
      expect(keyOf(undefined, FORM.replace('lat=50.5', 'lat=50.6')).key).not.toBe(derived);
      expect(keyOf(undefined, FORM, 'client-b').key).not.toBe(derived);
      expect(keyOf(undefined, FORM, 'client-a', 'eupen').key).not.toBe(derived);
    });
  });

  describe('with an Idempotency-Key', () => {
    it("keys on the client's key, quoted as the IETF draft writes it or bare, for the longer time", () => {
      const quoted = keyOf('"8e03978e-40d5-43e8-bc93-6894a57f9324"');
      expect(keyOf('8e03978e-40d5-43e8-bc93-6894a57f9324')).toEqual(quoted);
      expect(quoted.ttlMs).toBe(86_400_000);
      expect(quoted.key).not.toBe(keyOf(undefined).key);
    });

    it('keeps the key and changes the fingerprint when the request changes', () => {
      const first = keyOf('"k-1"');
      const changed = keyOf('"k-1"', FORM.replace('Deep', 'Shallow'));
      expect(changed.key).toBe(first.key);
      expect(changed.fingerprint).not.toBe(first.fingerprint);
    });

    it('scopes the key to the client and the town', () => {
      expect(keyOf('"k-1"', FORM, 'client-b').key).not.toBe(keyOf('"k-1"').key);
      expect(keyOf('"k-1"', FORM, 'client-a', 'eupen').key).not.toBe(keyOf('"k-1"').key);
    });
  });

  describe('abuse', () => {
    it('refuses keys that are not 1 to 255 printable characters, given once', () => {
      const expected =
        'Idempotency-Key must be given once, as 1 to 255 printable ASCII characters, quoted as the IETF draft writes it ("...") or bare.';
      for (const header of [
        '',
        '""',
        `"${'k'.repeat(256)}"`,
        'k'.repeat(256),
        'two words',
        '"a", "b"',
        'a, b',
        '"k\u0000"',
        '"clé"',
        ['a', 'b'],
      ])
        expect(refusal(header)).toBe(expected);
    });
  });
});
