import { ANSWER_LIMITS, RESERVED_ANSWER_CODES } from '@communes/domain';
import { nameSome } from './name-some';
import { badParameter } from '../open-data-error';

/** What a client may send to `POST requests`, GeoReport v2's fields. */
const FIELDS = [
  'api_key',
  'jurisdiction_id',
  'service_code',
  'lat',
  'long',
  'address_string',
  'address_id',
  'email',
  'device_id',
  'account_id',
  'first_name',
  'last_name',
  'phone',
  'description',
  'media_url',
] as const;
/** `attribute[code]`, or `attribute[code][]` for each choice of a multivaluelist. */
const ATTRIBUTE = new RegExp(`^attribute\\[([^\\][]{1,${ANSWER_LIMITS.code}})\\](\\[\\])?$`);

/** The model's limits (libs/domain: service-request), checked here so a refusal is Open311's. */
const MAX_LENGTH: Partial<Record<(typeof FIELDS)[number], number>> = {
  address_string: 300,
  address_id: 100,
  email: 254,
  device_id: 200,
  account_id: 200,
  first_name: 100,
  last_name: 100,
  phone: 40,
  description: 4000,
};
const NUMBER = /^-?\d{1,3}(\.\d{1,15})?$/;
// The shape Strapi's own email check accepts, roughly: the town has the last word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface CreateRequestInput {
  apiKey?: string;
  jurisdictionId?: string;
  serviceCode: string;
  location: { lat: number; long: number } | undefined;
  addressString?: string;
  addressId?: string;
  email?: string;
  deviceId?: string;
  accountId?: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
  description?: string;
  /** Answers by attribute code, as sent (several for a multivaluelist); a Map, so a code is only ever data. */
  attributes: Map<string, string[]>;
}

function coordinate(name: 'lat' | 'long', value: string, limit: number): number {
  const n = Number(value);
  if (!NUMBER.test(value) || Math.abs(n) > limit)
    throw badParameter(`${name} must be a decimal degree between -${limit} and ${limit} (WGS84), got "${value.slice(0, 40)}".`);
  return n;
}

/**
 * Reads a `POST requests` form and checks what needs no town: the fields known, each at most once and within the
 * model's lengths, a location given (lat and long, address_string or address_id), a
 * well-formed email. What the service definition says is checked against the town's.
 */
export function parseCreateRequest(form: URLSearchParams): CreateRequestInput {
  const fields: Partial<Record<(typeof FIELDS)[number], string>> = {};
  const attributes = new Map<string, string[]>();
  const unknown: string[] = [];
  for (const [key, raw] of form) {
    const value = raw.trim();
    const attribute = ATTRIBUTE.exec(key);
    if (attribute) {
      const code = attribute[1]!;
      if (RESERVED_ANSWER_CODES.has(code))
        throw badParameter(`attribute[${code}] is refused: constructor, prototype and __proto__ cannot be attribute codes.`);
      const answers = attributes.get(code);
      if (!attribute[2] && answers)
        throw badParameter(
          `attribute[${code}] is given twice; a multivaluelist answer is sent as attribute[${code}][]=a&attribute[${code}][]=b.`,
        );
      if (answers) answers.push(...(value === '' ? [] : [value]));
      else attributes.set(code, value === '' ? [] : [value]);
      continue;
    }
    if (key.startsWith('attribute')) {
      throw badParameter(
        `"${key.slice(0, 60)}" is not an attribute answer: send attribute[code]=answer, or attribute[code][]=answer once for each choice of a multivaluelist (a code of 1 to 100 characters).`,
      );
    }
    if (!(FIELDS as readonly string[]).includes(key)) {
      unknown.push(key);
      continue;
    }
    const name = key as (typeof FIELDS)[number];
    if (fields[name] !== undefined) throw badParameter(`${name} is given twice; give it once.`);
    const max = MAX_LENGTH[name];
    if (max !== undefined && value.length > max) throw badParameter(`${name} is ${value.length} characters long, over the ${max} allowed.`);
    fields[name] = value;
  }
  if (unknown.length)
    throw badParameter(
      `Unknown field${unknown.length > 1 ? 's' : ''} ${nameSome(unknown)} (expected: ${FIELDS.join(', ')}, attribute[code]).`,
    );
  const present = (name: (typeof FIELDS)[number]) => (fields[name] ? fields[name] : undefined);
  if (present('media_url'))
    throw badParameter("media_url is not accepted: this town stores a request's images itself; send the request without it.");
  const serviceCode = present('service_code');
  if (!serviceCode) throw badParameter('service_code is required: one of the codes GET services lists.');
  const lat = present('lat');
  const long = present('long');
  if ((lat === undefined) !== (long === undefined))
    throw badParameter(`${lat === undefined ? 'lat' : 'long'} is missing: a location is given by both lat and long.`);
  const location =
    lat !== undefined && long !== undefined ? { lat: coordinate('lat', lat, 90), long: coordinate('long', long, 180) } : undefined;
  if (!location && !present('address_string') && !present('address_id')) {
    throw badParameter('A location is required: lat and long, address_string or address_id.');
  }
  const email = present('email');
  if (email !== undefined && !EMAIL.test(email)) throw badParameter(`email "${email.slice(0, 60)}" is not an email address.`);
  return {
    apiKey: present('api_key'),
    jurisdictionId: present('jurisdiction_id'),
    serviceCode,
    location,
    addressString: present('address_string'),
    addressId: present('address_id'),
    email,
    deviceId: present('device_id'),
    accountId: present('account_id'),
    firstName: present('first_name'),
    lastName: present('last_name'),
    phone: present('phone'),
    description: present('description'),
    attributes,
  };
}
