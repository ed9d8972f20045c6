import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startGateway } from '@communes/gateway';
import { readServiceRequestToken } from '@communes/town';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededRegion, type SeededRegion } from './seeded-region';

// biome-ignore lint/suspicious/noExplicitAny: the JSON bodies this suite reads deep into; the expect() calls on them are the type check.
type Json = Record<string, any>;

/** better-sqlite3, as the town itself loads it: the test reads the town's database directly. */
const requireHere = createRequire(__filename);
const Database = createRequire(requireHere.resolve('@communes/town'))('better-sqlite3') as new (
  file: string,
  options: { readonly: boolean },
) => {
  prepare(sql: string): {
    get(...args: unknown[]): Record<string, unknown> | undefined;
    all(...args: unknown[]): Record<string, unknown>[];
  };
  close(): void;
};

const newApiKey = () => randomBytes(24).toString('hex');
const API_KEY = newApiKey();
/** The Redis these machines start before every session and before CI. */
const REDIS_URL = process.env.COMMUNES_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/**
 * More keys of Seneffe's, one per test that posts much: the gateway takes 10 POSTs a minute
 * per key, so a test that spends its budget leaves the next ones theirs.
 */
const SPARE_KEYS = Array.from({ length: 40 }, newApiKey);
let spareKeysUsed = 0;
const spareKey = () => {
  const key = SPARE_KEYS[spareKeysUsed++];
  if (!key) throw new Error('Out of spare api keys: add some to SPARE_KEYS.');
  return key;
};
const EUPEN_KEY = newApiKey();
const TABLE = 'communes_requests_service_requests';
const REQUESTER = {
  email: 'open311.tester@example.org',
  first_name: 'Zelda',
  last_name: 'Quixotic-Tester',
  phone: '+32 470 99 88 77',
  device_id: 'device-7d1c',
  account_id: 'account-5e2f',
};

// GeoReport v2's response fields (http://wiki.open311.org/GeoReport_v2), as JSON Schemas:
// additionalProperties false, so a field the spec does not define (a requester's) fails.
const nullableString = { type: ['string', 'null'] };
const SCHEMAS = {
  services: {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group'],
      properties: {
        service_code: { type: 'string' },
        service_name: { type: 'string' },
        description: nullableString,
        metadata: { type: 'boolean' },
        type: { enum: ['realtime', 'batch', 'blackbox'] },
        keywords: nullableString,
        group: nullableString,
      },
    },
  },
  definition: {
    type: 'object',
    additionalProperties: false,
    required: ['service_code', 'attributes'],
    properties: {
      service_code: { type: 'string' },
      attributes: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['variable', 'code', 'datatype', 'required', 'datatype_description', 'order', 'description', 'values'],
          properties: {
            variable: { type: 'boolean' },
            code: { type: 'string' },
            datatype: { enum: ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] },
            required: { type: 'boolean' },
            datatype_description: nullableString,
            order: { type: 'integer' },
            description: { type: 'string' },
            values: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['key', 'name'],
                properties: { key: { type: 'string' }, name: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  },
  requests: {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['service_request_id', 'status', 'service_code', 'requested_datetime'],
      properties: {
        service_request_id: { type: 'string' },
        status: { enum: ['open', 'closed'] },
        status_notes: nullableString,
        service_name: nullableString,
        service_code: { type: 'string' },
        description: nullableString,
        agency_responsible: nullableString,
        service_notice: nullableString,
        requested_datetime: { type: 'string', format: 'date-time' },
        updated_datetime: { type: ['string', 'null'], format: 'date-time' },
        expected_datetime: { type: ['string', 'null'], format: 'date-time' },
        address: nullableString,
        address_id: nullableString,
        zipcode: nullableString,
        lat: { type: ['number', 'null'], minimum: -90, maximum: 90 },
        long: { type: ['number', 'null'], minimum: -180, maximum: 180 },
        media_url: nullableString,
      },
    },
  },
  created: {
    type: 'array',
    minItems: 1,
    maxItems: 1,
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['service_request_id'],
      properties: { service_request_id: { type: 'string' }, service_notice: nullableString, account_id: { type: 'null' } },
    },
  },
  errors: {
    type: 'array',
    minItems: 1,
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'description'],
      properties: { code: { type: 'integer' }, description: { type: 'string', minLength: 10 } },
    },
  },
};
const ajv = new Ajv({ allErrors: true });
addFormats(ajv, ['date-time']);
const validators = Object.fromEntries(Object.entries(SCHEMAS).map(([name, schema]) => [name, ajv.compile(schema)])) as Record<
  keyof typeof SCHEMAS,
  ReturnType<typeof ajv.compile>
>;

const xmlParser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => ['service', 'request', 'attribute', 'value', 'error', 'endpoint', 'format'].includes(name),
});
/** An Open311 XML document, checked well-formed, parsed back by fast-xml-parser. */
function parseXml(text: string): Json {
  expect(XMLValidator.validate(text), text.slice(0, 300)).toBe(true);
  return xmlParser.parse(text) as Json;
}

describe('Open311 GeoReport v2 over two real towns', () => {
  let region: SeededRegion;
  let base: string;
  /** Every successful answer the gateway gave, to check that no requester's field ever leaves. */
  const served: string[] = [];

  const call = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${base}${path}`, init);
    const text = await response.text();
    if (response.status < 400) served.push(text);
    return { status: response.status, type: response.headers.get('content-type') ?? '', text };
  };
  const json = async (path: string, schema: keyof typeof SCHEMAS, status = 200) => {
    const { status: got, text, type } = await call(path);
    expect(got, `${path}: ${text.slice(0, 300)}`).toBe(status);
    expect(type).toMatch(/^application\/json/);
    const body = JSON.parse(text);
    expect(validators[schema](body) ? [] : validators[schema].errors).toEqual([]);
    return body;
  };
  const xml = async (path: string, status = 200) => {
    const { status: got, text, type } = await call(path);
    expect(got, `${path}: ${text.slice(0, 300)}`).toBe(status);
    expect(type).toMatch(/^text\/xml/);
    return parseXml(text);
  };
  const post = async (
    town: string,
    fields: Record<string, string | string[]>,
    init: {
      contentType?: string;
      body?: string;
      headers?: Record<string, string>;
      format?: 'json' | 'xml';
      /** Another gateway's Open311 base URL (a replica); the region's own by default. */
      base?: string;
    } = {},
  ) => {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(key, v);
    const response = await fetch(`${init.base ?? base}/${town}/requests.${init.format ?? 'json'}`, {
      method: 'POST',
      headers: { 'content-type': init.contentType ?? 'application/x-www-form-urlencoded', ...init.headers },
      body: init.body ?? form.toString(),
    });
    const text = await response.text();
    if (response.status < 400) served.push(text);
    return { status: response.status, headers: response.headers, text };
  };
  /** The id a successful JSON POST answered. */
  const createdId = (answer: { status: number; text: string }): string => {
    expect(answer.status, answer.text).toBe(201);
    const body = JSON.parse(answer.text);
    expect(validators.created(body) ? [] : validators.created.errors).toEqual([]);
    return body[0].service_request_id as string;
  };
  /** The town's own database: every row of its service requests, drafts and published versions. */
  const database = (town: string) => new Database(join(region.root, town, 'town.db'), { readonly: true });
  const rowCount = (town: string): number => {
    const db = database(town);
    try {
      return db.prepare(`SELECT count(*) AS n FROM ${TABLE}`).get()!.n as number;
    } finally {
      db.close();
    }
  };
  /** The town's service requests, each counted once (a published request is two rows, draft and published). */
  const requestCount = (town: string): number => {
    const db = database(town);
    try {
      return db.prepare(`SELECT count(DISTINCT document_id) AS n FROM ${TABLE}`).get()!.n as number;
    } finally {
      db.close();
    }
  };
  const townApi = (town: string, path: string, token?: string, init: RequestInit = {}) =>
    fetch(`${region.towns[town]!.api}${path}`, {
      ...init,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers as Record<string, string>) },
    });
  const typeIdOf = async (town: string, code: string) => {
    const body = (await (await townApi(town, `/communes-requests/service-types?filters[serviceCode][$eq]=${code}`)).json()) as Json;
    return body.data[0].documentId as string;
  };

  beforeAll(async () => {
    region = await startSeededRegion({
      towns: ['eupen', 'seneffe'],
      scale: 0.15,
      registryExtras: ({ code, dataDir }) => ({
        writeToken: readServiceRequestToken(dataDir),
        open311ApiKeys: code === 'seneffe' ? [API_KEY, ...SPARE_KEYS] : [EUPEN_KEY],
      }),
    });
    base = `${region.origin}/open311/v2`;
  });
  afterAll(async () => region?.stop());

  describe('reading', () => {
    it("lists services in JSON and XML, the same ones, in the town's locale or the one asked", async () => {
      const services = await json('/seneffe/services.json', 'services');
      expect(services.length).toBe(12);
      expect(services.find((s: Json) => s.service_code === 'pothole')).toMatchObject({
        service_name: 'Nid-de-poule',
        group: 'Voirie',
        metadata: true,
        type: 'realtime',
      });
      const doc = await xml('/seneffe/services.xml');
      expect(doc.services.service.map((s: Json) => s.service_code)).toEqual(services.map((s: Json) => s.service_code));
      expect(doc.services.service.find((s: Json) => s.service_code === 'pothole')).toMatchObject({
        service_name: 'Nid-de-poule',
        metadata: 'true',
        type: 'realtime',
      });
      const german = await json('/eupen/services.json', 'services');
      expect(german.find((s: Json) => s.service_code === 'pothole').service_name).toBe('Schlagloch');
      const french = await json('/eupen/services.json?locale=fr', 'services');
      expect(french.find((s: Json) => s.service_code === 'pothole').service_name).toBe('Nid-de-poule');
    });

    it('serves a service definition in JSON and XML', async () => {
      const definition = await json('/seneffe/services/pothole.json', 'definition');
      expect(definition.attributes).toEqual([
        expect.objectContaining({
          code: 'size',
          datatype: 'singlevaluelist',
          required: true,
          variable: true,
          values: [expect.objectContaining({ key: 'small' }), expect.objectContaining({ key: 'large' })],
        }),
      ]);
      const doc = await xml('/seneffe/services/pothole.xml');
      expect(doc.service_definition.service_code).toBe('pothole');
      expect(doc.service_definition.attributes.attribute[0]).toMatchObject({ code: 'size', datatype: 'singlevaluelist', required: 'true' });
      expect(doc.service_definition.attributes.attribute[0].values.value.map((v: Json) => v.key)).toEqual(['small', 'large']);
    });

    it("lists requests with Open311's filters, as many as the town's own API counts", async () => {
      const window = 'start_date=2026-01-01T00:00:00Z&end_date=2026-12-31T23:59:59Z';
      const all = await json(`/seneffe/requests.json?${window}`, 'requests');
      const total = (
        (await (
          await townApi(
            'seneffe',
            '/communes-requests/service-requests?pagination[pageSize]=1&filters[requestedAt][$gte]=2026-01-01T00:00:00Z',
          )
        ).json()) as Json
      ).meta.pagination.total;
      expect(all.length).toBe(total);
      const dates = all.map((r: Json) => r.requested_datetime);
      expect([...dates].sort().reverse()).toEqual(dates);

      const open = await json(`/seneffe/requests.json?${window}&status=open`, 'requests');
      expect(open.length).toBeGreaterThan(0);
      expect(open.every((r: Json) => r.status === 'open')).toBe(true);
      expect(open.length).toBe(all.filter((r: Json) => r.status === 'open').length);

      const potholes = await json(`/seneffe/requests.json?${window}&service_code=pothole`, 'requests');
      expect(potholes.length).toBe(all.filter((r: Json) => r.service_code === 'pothole').length);

      const june = await json(
        '/seneffe/requests.json?start_date=2026-06-01T00:00:00%2B02:00&end_date=2026-06-30T23:59:59%2B02:00',
        'requests',
      );
      expect(
        june.every((r: Json) => r.requested_datetime >= '2026-05-31T22:00:00' && r.requested_datetime <= '2026-06-30T21:59:59.999Z'),
      ).toBe(true);
      expect(june.length).toBe(
        all.filter((r: Json) => r.requested_datetime >= '2026-05-31T22:00:00.000Z' && r.requested_datetime <= '2026-06-30T21:59:59.999Z')
          .length,
      );

      const ids = all.slice(0, 3).map((r: Json) => r.service_request_id);
      const picked = await json(`/seneffe/requests.json?service_request_id=${ids.join(',')}&status=closed&service_code=none`, 'requests');
      expect(picked.map((r: Json) => r.service_request_id).sort()).toEqual([...ids].sort());

      const paged = await json(`/seneffe/requests.json?${window}&page_size=5&page=2`, 'requests');
      expect(paged.map((r: Json) => r.service_request_id)).toEqual(all.slice(5, 10).map((r: Json) => r.service_request_id));

      const recent = await json('/seneffe/requests.json', 'requests');
      const since = new Date(Date.now() - 90 * 86_400_000).toISOString();
      expect(recent.length).toBe(all.filter((r: Json) => r.requested_datetime >= since).length);
    });

    it('serves the same requests in XML, and one request by id in both', async () => {
      const window = 'start_date=2026-01-01T00:00:00Z&end_date=2026-12-31T23:59:59Z';
      const all = await json(`/seneffe/requests.json?${window}`, 'requests');
      const doc = await xml(`/seneffe/requests.xml?${window}`);
      expect(doc.service_requests.request.map((r: Json) => r.service_request_id)).toEqual(all.map((r: Json) => r.service_request_id));
      const first = all.find((r: Json) => r.lat !== null)!;
      const one = await json(`/seneffe/requests/${first.service_request_id}.json`, 'requests');
      expect(one).toEqual([first]);
      const oneXml = (await xml(`/seneffe/requests/${first.service_request_id}.xml`)).service_requests.request[0];
      expect(oneXml).toMatchObject({
        service_request_id: first.service_request_id,
        status: first.status,
        service_code: first.service_code,
        requested_datetime: first.requested_datetime,
      });
      expect(Number(oneXml.lat)).toBe(first.lat);
    });

    it('serves a discovery document', async () => {
      const { status, text } = await call('/seneffe/discovery.json');
      expect(status).toBe(200);
      expect(JSON.parse(text).endpoints[0]).toMatchObject({
        url: `${base}/seneffe`,
        specification: 'http://wiki.open311.org/GeoReport_v2',
      });
      expect(parseXml((await call('/seneffe/discovery.xml')).text).discovery.endpoints.endpoint[0].url).toBe(`${base}/seneffe`);
    });

    it("refuses bad reads in Open311's error format, JSON or XML, with the right status", async () => {
      for (const [path, status] of [
        ['/nowhere/services.json', 404],
        ['/seneffe/services/no-such-code.json', 404],
        ['/seneffe/requests/aaaaaaaaaaaaaaaaaaaaaaaa.json', 404],
        ['/seneffe/requests.json?status=pending', 400],
        ['/seneffe/requests.json?start_date=yesterday', 400],
        ['/seneffe/requests.json?start_date=2026-06-01T00:00:00Z&end_date=2026-05-01T00:00:00Z', 400],
        ['/seneffe/requests.json?page_size=0', 400],
        ['/seneffe/requests.json?colour=red', 400],
        ['/seneffe/services.json?locale=xx', 400],
        ['/seneffe/services.json?jurisdiction_id=eupen', 400],
        ['/seneffe/services.html', 404],
        // Towns take lists of 100 values at most.
        [`/seneffe/requests.json?service_request_id=${Array.from({ length: 101 }, (_, i) => String(i).padStart(24, 'a')).join(',')}`, 400],
        [`/seneffe/requests.json?service_code=${Array.from({ length: 101 }, (_, i) => `code${i}`).join(',')}`, 400],
      ] as const) {
        await json(path, 'errors', status);
      }
      const doc = await xml('/seneffe/services/no-such-code.xml', 404);
      expect(doc.errors.error[0].code).toBe('404');
      expect(doc.errors.error[0].description).toMatch(/no-such-code/);
      expect((await call('/seneffe/services.json', { method: 'DELETE' })).status).toBe(405);
    });
  });

  describe('creating a request', () => {
    let created: string;

    it('files a request with the town, visible through its REST API and GET requests, the requester kept private', async () => {
      const before = rowCount('seneffe');
      const { status, text } = await post('seneffe', {
        api_key: API_KEY,
        service_code: 'pothole',
        lat: '50.5312',
        long: '4.2623',
        address_string: 'Rue de la Station 1, 7180 Seneffe',
        description: 'A deep hole by the bus stop.',
        'attribute[size]': 'large',
        ...REQUESTER,
      });
      expect(status, text).toBe(201);
      const body = JSON.parse(text);
      expect(validators.created(body) ? [] : validators.created.errors).toEqual([]);
      created = body[0].service_request_id;
      expect(rowCount('seneffe')).toBeGreaterThan(before);

      const rest = await townApi('seneffe', `/communes-requests/service-requests/${created}?populate=serviceType`);
      expect(rest.status).toBe(200);
      const entry = ((await rest.json()) as Json).data;
      expect(entry).toMatchObject({
        requestStatus: 'open',
        description: 'A deep hole by the bus stop.',
        geoLatitude: 50.5312,
        geoLongitude: 4.2623,
        attributeValues: { size: 'large' },
        serviceType: { serviceCode: 'pothole' },
      });
      expect(entry.publishedAt).toBeTruthy();
      expect(entry).not.toHaveProperty('requesterEmail');

      const [served311] = await json(`/seneffe/requests/${created}.json`, 'requests');
      expect(served311).toMatchObject({
        service_request_id: created,
        status: 'open',
        service_code: 'pothole',
        lat: 50.5312,
        long: 4.2623,
        address: 'Rue de la Station 1, 7180 Seneffe',
      });
      const listed = await json('/seneffe/requests.json?service_code=pothole&status=open', 'requests');
      expect(listed[0].service_request_id).toBe(created);
      await xml(`/seneffe/requests/${created}.xml`);
      await xml('/seneffe/requests.xml');

      const db = database('seneffe');
      try {
        const row = db
          .prepare(
            `SELECT requester_email, requester_first_name, requester_last_name, requester_phone, device_id, account_id FROM ${TABLE} WHERE document_id = ? AND published_at IS NOT NULL`,
          )
          .get(created);
        expect(row).toEqual({
          requester_email: REQUESTER.email,
          requester_first_name: REQUESTER.first_name,
          requester_last_name: REQUESTER.last_name,
          requester_phone: REQUESTER.phone,
          device_id: REQUESTER.device_id,
          account_id: REQUESTER.account_id,
        });
      } finally {
        db.close();
      }
    });

    it('files a request located by address alone, with a multi-line XML answer', async () => {
      const { status, text } = await call('/seneffe/requests.xml', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          api_key: API_KEY,
          service_code: 'graffiti',
          address_string: 'Place <de> Seneffe & co',
          email: REQUESTER.email,
        }).toString(),
      });
      expect(status, text).toBe(201);
      const id = parseXml(text).service_requests.request[0].service_request_id as string;
      expect(id).toMatch(/^[a-z0-9]{24}$/);
      const [request] = await json(`/seneffe/requests/${id}.json`, 'requests');
      expect(request).toMatchObject({ address: 'Place <de> Seneffe & co', lat: null, service_code: 'graffiti' });
    });

    it('refuses bad input with a clear Open311 error and writes nothing', async () => {
      const valid = {
        api_key: API_KEY,
        service_code: 'pothole',
        lat: '50.53',
        long: '4.26',
        'attribute[size]': 'small',
        email: REQUESTER.email,
      };
      const cases: [string, Record<string, string | string[]>, number, RegExp, { contentType?: string; body?: string }?][] = [
        ['no api_key', { ...valid, api_key: '' }, 403, /api_key is required/],
        ['a wrong api_key', { ...valid, api_key: 'x'.repeat(48) }, 403, /Invalid api_key/],
        ['an unknown service code', { ...valid, service_code: 'volcano' }, 400, /service_code "volcano"/],
        ['no service code', { ...valid, service_code: '' }, 400, /service_code is required/],
        ['no location', { api_key: API_KEY, service_code: 'pothole', 'attribute[size]': 'small' }, 400, /location is required/],
        ['lat without long', { ...valid, long: '' }, 400, /long is missing/],
        ['a latitude out of range', { ...valid, lat: '123.4' }, 400, /lat must be/],
        ['an answer outside the value list', { ...valid, 'attribute[size]': 'huge' }, 400, /"huge" is not one of its keys/],
        [
          'two answers to a single-value list',
          { ...valid, 'attribute[size][]': ['small', 'large'], 'attribute[size]': [] },
          400,
          /takes one answer/,
        ],
        ['an unknown attribute', { ...valid, 'attribute[colour]': 'red' }, 400, /not an attribute of pothole/],
        [
          'a required attribute left out',
          { api_key: API_KEY, service_code: 'pothole', address_string: 'Grand-Place' },
          400,
          /requires an answer to attribute\[size\]/,
        ],
        ['an invalid email', { ...valid, email: 'not-an-email' }, 400, /not an email address/],
        ["a first name over the model's length", { ...valid, first_name: 'x'.repeat(101) }, 400, /first_name is 101 characters/],
        ['an unknown field', { ...valid, colour: 'red' }, 400, /Unknown field colour/],
        ['a media_url', { ...valid, media_url: 'http://example.org/x.jpg' }, 400, /media_url/],
        ['another jurisdiction', { ...valid, jurisdiction_id: 'eupen' }, 400, /jurisdiction_id/],
        ['a JSON body', valid, 415, /x-www-form-urlencoded/, { contentType: 'application/json', body: JSON.stringify(valid) }],
        [
          'an oversized body',
          valid,
          413,
          /over 100000 bytes/,
          { body: `${new URLSearchParams(valid)}&description=${'x'.repeat(120_000)}` },
        ],
        // Keys that would reach an object's prototype, and keys of no known shape.
        ['attribute[constructor][]', { ...valid, 'attribute[constructor][]': 'x' }, 400, /attribute\[constructor\] is refused/],
        ['attribute[__proto__]', { ...valid, 'attribute[__proto__]': 'x' }, 400, /attribute\[__proto__\] is refused/],
        ['attribute[__proto__][polluted]', { ...valid, 'attribute[__proto__][polluted]': 'x' }, 400, /is not an attribute answer/],
        ['attribute[prototype][x]', { ...valid, 'attribute[prototype][x]': '1' }, 400, /is not an attribute answer/],
        ['attribute[toString]', { ...valid, 'attribute[toString]': 'x' }, 400, /attribute\[toString\] is not an attribute of pothole/],
        ['attribute[size][0]', { ...valid, 'attribute[size]': [], 'attribute[size][0]': 'small' }, 400, /is not an attribute answer/],
        ['attribute[]', { ...valid, 'attribute[]': 'x' }, 400, /is not an attribute answer/],
      ];
      const before = rowCount('seneffe');
      for (const [name, fields, status, message, init] of cases) {
        // A key per case: these are more POSTs than one key may send in a minute.
        const { status: got, text } = await post('seneffe', fields.api_key === API_KEY ? { ...fields, api_key: spareKey() } : fields, init);
        expect(got, `${name}: ${text.slice(0, 300)}`).toBe(status);
        const body = JSON.parse(text);
        expect(validators.errors(body) ? [] : validators.errors.errors, name).toEqual([]);
        expect(body[0].code, name).toBe(status);
        expect(body[0].description, name).toMatch(message);
        expect(rowCount('seneffe'), `${name} wrote to the town`).toBe(before);
      }
      const xmlError = await call('/seneffe/requests.xml', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...valid, api_key: spareKey(), service_code: 'volcano' }).toString(),
      });
      expect(xmlError.status).toBe(400);
      expect(parseXml(xmlError.text).errors.error[0]).toMatchObject({ code: '400', description: expect.stringMatching(/volcano/) });
      // A town whose registry entry lists no key for this client.
      const eupenBefore = rowCount('eupen');
      const eupen = await post('eupen', { ...valid });
      expect(eupen.status).toBe(403);
      expect(rowCount('eupen')).toBe(eupenBefore);
      expect(rowCount('seneffe')).toBe(before);
    });

    it("never serves a requester's fields, seeded or posted", () => {
      const everything = served.join('\n');
      for (const value of Object.values(REQUESTER)) expect(everything).not.toContain(value);
      expect(everything).not.toMatch(/resident\.\d+@example\.org/);
      expect(everything).not.toMatch(/requester|first_name|last_name|"email"|<email>|"phone"|device_id/i);
    });
  });

  describe('under a hostile client', () => {
    const report = (apiKey: string, description: string) => ({
      api_key: apiKey,
      service_code: 'graffiti',
      address_string: 'Rue de Bruxelles 12, Seneffe',
      description,
    });

    it("takes 10 POSTs a minute per api_key, answers the 11th with 429 and Retry-After, and wrong keys spend no one's budget", async () => {
      const key = spareKey();
      const before = requestCount('seneffe');
      for (let i = 0; i < 12; i++) expect((await post('seneffe', report('w'.repeat(48), `Wrong key ${i}`))).status).toBe(403);
      const ids = new Set<string>();
      for (let i = 0; i < 10; i++) ids.add(createdId(await post('seneffe', report(key, `Tag number ${i} on the wall`))));
      expect(ids.size).toBe(10);

      const refused = await post('seneffe', report(key, 'Tag number 10 on the wall'));
      expect(refused.status, refused.text).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      const body = JSON.parse(refused.text);
      expect(validators.errors(body) ? [] : validators.errors.errors).toEqual([]);
      expect(body[0]).toMatchObject({ code: 429, description: expect.stringMatching(/10 requests a minute/) });
      const refusedXml = await post('seneffe', report(key, 'Tag number 11 on the wall'), { format: 'xml' });
      expect(refusedXml.status).toBe(429);
      expect(parseXml(refusedXml.text).errors.error[0]).toMatchObject({ code: '429' });
      expect(requestCount('seneffe')).toBe(before + 10);

      // Another key of the same town still has its own budget.
      createdId(await post('seneffe', report(spareKey(), 'Tag number 12 on the wall')));
      expect(requestCount('seneffe')).toBe(before + 11);
    });

    it('answers a repeated Idempotency-Key with the first result, concurrent or not, filing the request once', async () => {
      const key = spareKey();
      const fields = report(key, 'Paint on the town hall door');
      const idempotency = { 'idempotency-key': `"${randomBytes(16).toString('hex')}"` };
      const before = requestCount('seneffe');
      const concurrent = await Promise.all([1, 2, 3].map(() => post('seneffe', fields, { headers: idempotency })));
      const id = createdId(concurrent[0]!);
      for (const answer of concurrent) expect(createdId(answer)).toBe(id);
      const again = await post('seneffe', fields, { headers: idempotency });
      expect(createdId(again)).toBe(id);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(requestCount('seneffe')).toBe(before + 1);

      const changed = await post('seneffe', { ...fields, description: 'Something else entirely' }, { headers: idempotency });
      expect(changed.status, changed.text).toBe(422);
      expect(JSON.parse(changed.text)[0].description).toMatch(/Idempotency-Key .* different request/);
      // The same request under another key is another request: the client said so.
      expect(createdId(await post('seneffe', fields, { headers: { 'idempotency-key': `"${randomBytes(16).toString('hex')}"` } }))).not.toBe(
        id,
      );
      expect(requestCount('seneffe')).toBe(before + 2);
    });

    it('files the same request sent twice without a key once, answering both with its id', async () => {
      const fields = report(spareKey(), 'Graffiti on the bridge, sent twice');
      const before = requestCount('seneffe');
      const [first, second] = await Promise.all([post('seneffe', fields), post('seneffe', fields)]);
      const id = createdId(first!);
      expect(createdId(second!)).toBe(id);
      expect(createdId(await post('seneffe', fields))).toBe(id);
      expect(requestCount('seneffe')).toBe(before + 1);
      expect(createdId(await post('seneffe', { ...fields, description: 'Graffiti on the bridge, another one' }))).not.toBe(id);
      expect(requestCount('seneffe')).toBe(before + 2);
    });

    it('shares Idempotency-Keys and api_key budgets between gateway replicas on one Redis', async () => {
      const replicas = await Promise.all(
        [1, 2].map(() =>
          startGateway({
            registryFile: join(region.root, 'towns.json'),
            port: 0,
            logLevel: 'silent',
            cacheTtlMs: 0,
            townTimeoutMs: 20_000,
            redisUrl: REDIS_URL,
          }),
        ),
      );
      try {
        const at = (i: number) => `${new URL(replicas[i % 2]!.url).origin}/open311/v2`;
        const key = spareKey();
        const fields = report(key, 'Paint on the bridge, sent to two replicas');
        const idempotency = { 'idempotency-key': `"${randomBytes(16).toString('hex')}"` };
        const before = requestCount('seneffe');
        const [first, second] = await Promise.all([0, 1].map((i) => post('seneffe', fields, { headers: idempotency, base: at(i) })));
        const id = createdId(first!);
        expect(createdId(second!)).toBe(id);
        const again = await post('seneffe', fields, { headers: idempotency, base: at(1) });
        expect(createdId(again)).toBe(id);
        expect(again.headers.get('idempotent-replayed')).toBe('true');
        expect(requestCount('seneffe')).toBe(before + 1);
        // Three attempts of this key's 10 a minute are spent; 7 more, alternating, and then none on either replica.
        for (let i = 0; i < 7; i++) createdId(await post('seneffe', report(key, `Tag ${i} seen by two replicas`), { base: at(i) }));
        for (const i of [0, 1])
          expect((await post('seneffe', report(key, `One too many, replica ${i}`), { base: at(i) })).status).toBe(429);
        expect(requestCount('seneffe')).toBe(before + 8);
      } finally {
        await Promise.all(replicas.map((replica) => replica.stop()));
      }
    });
  });

  describe("the town's create-only token", () => {
    let token: string;
    beforeAll(() => {
      token = readServiceRequestToken(join(region.root, 'seneffe'))!;
      expect(token).toMatch(/^[0-9a-f]{64,}$/);
    });

    it('creates service requests and nothing else', async () => {
      const before = rowCount('seneffe');
      const serviceType = await typeIdOf('seneffe', 'graffiti');
      const data = { serviceType, requestStatus: 'open', requestedAt: new Date().toISOString(), address: 'Token test' };
      const json = (body: unknown): RequestInit => ({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect((await townApi('seneffe', '/communes-requests/service-requests', token, json({ data }))).status).toBe(201);
      const after = rowCount('seneffe');
      expect(after).toBeGreaterThan(before);

      // Reading requests (drafts or not), reading other kinds, writing other kinds: refused.
      expect((await townApi('seneffe', '/communes-requests/service-requests', token)).status).toBe(403);
      expect((await townApi('seneffe', '/communes-requests/service-requests?status=draft', token)).status).toBe(403);
      expect((await townApi('seneffe', '/communes-council/meetings', token)).status).toBe(403);
      expect(
        (await townApi('seneffe', '/communes-council/meetings', token, json({ data: { name: 'Forged meeting' } }))).status,
      ).toBeGreaterThanOrEqual(400);
      expect(
        (await townApi('seneffe', '/communes-requests/service-types', token, json({ data: { serviceCode: 'forged', name: 'Forged' } })))
          .status,
      ).toBeGreaterThanOrEqual(400);
      expect((await townApi('seneffe', '/users', token)).status).toBe(403);
      const created = (
        (await (await townApi('seneffe', '/communes-requests/service-requests?pagination[pageSize]=1&sort=createdAt:desc')).json()) as Json
      ).data[0].documentId;
      expect(
        (
          await townApi('seneffe', `/communes-requests/service-requests/${created}`, token, {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ data: { requestStatus: 'closed' } }),
          })
        ).status,
      ).toBeGreaterThanOrEqual(400);
      expect(
        (await townApi('seneffe', `/communes-requests/service-requests/${created}`, token, { method: 'DELETE' })).status,
      ).toBeGreaterThanOrEqual(400);
      // Without the token, the create route is closed to the public.
      expect((await townApi('seneffe', '/communes-requests/service-requests', undefined, json({ data }))).status).toBe(403);
      expect(rowCount('seneffe')).toBe(after);
    });
  });

  // Last: it stops Eupen.
  describe('a town that is down', () => {
    it("answers 503 without the town's address or the system's error", async () => {
      const { url } = region.towns.eupen!;
      await region.towns.eupen!.stop();
      const { port, hostname } = new URL(url);
      for (const answer of [
        await call('/eupen/services.json'),
        await call('/eupen/requests.json'),
        await post('eupen', { api_key: EUPEN_KEY, service_code: 'pothole', address_string: 'Rathausplatz 1', 'attribute[size]': 'small' }),
      ]) {
        expect(answer.status, answer.text).toBe(503);
        expect(JSON.parse(answer.text)[0].description).toMatch(/Eupen|eupen/);
        expect(answer.text).not.toContain(port);
        expect(answer.text).not.toContain(hostname);
        expect(answer.text).not.toMatch(/ECONNREFUSED|connect|socket|fetch failed/i);
      }
    });
  });
});
