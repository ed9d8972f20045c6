import { describe, expect, it } from 'vitest';
import { OpenDataError } from '../open-data-error';
import { parseCreateRequest } from './parse-create-request';
import { toStrapiServiceRequest } from './to-strapi-service-request';

const parse = (form: string) => parseCreateRequest(new URLSearchParams(form));
const refusal = (form: string) => {
  try {
    parse(form);
  } catch (error) {
    expect(error).toBeInstanceOf(OpenDataError);
    expect((error as OpenDataError).status).toBe(400);
    return (error as Error).message;
  }
  throw new Error(`${form} was accepted`);
};

describe('parseCreateRequest', () => {
  it("reads GeoReport v2's form, attributes and multivaluelists included", () => {
    const input = parse(
      'api_key=k&service_code=pothole&lat=50.5&long=4.26&email=a%40example.org&first_name=Ann&attribute[size]=large&attribute[where][]=road&attribute[where][]=pavement&description=+Deep+',
    );
    expect(input).toMatchObject({
      serviceCode: 'pothole',
      location: { lat: 50.5, long: 4.26 },
      email: 'a@example.org',
      firstName: 'Ann',
      description: 'Deep',
    });
    expect([...input.attributes]).toEqual([
      ['size', ['large']],
      ['where', ['road', 'pavement']],
    ]);
  });

  it('takes an address instead of coordinates', () => {
    expect(parse('service_code=graffiti&address_string=Grand-Place+1').location).toBeUndefined();
    expect(parse('service_code=graffiti&address_id=42').addressId).toBe('42');
  });

  it('refuses what the spec or the model does not allow', () => {
    expect(refusal('lat=50&long=4')).toBe('service_code is required: one of the codes GET services lists.');
    expect(refusal('service_code=pothole')).toBe('A location is required: lat and long, address_string or address_id.');
    expect(refusal('service_code=pothole&lat=50')).toBe('long is missing: a location is given by both lat and long.');
    expect(refusal('service_code=pothole&lat=north&long=4')).toMatch(/^lat must be a decimal degree/);
    expect(refusal('service_code=pothole&lat=50&long=181')).toMatch(/^long must be a decimal degree between -180 and 180/);
    expect(refusal('service_code=pothole&address_id=1&email=nope')).toBe('email "nope" is not an email address.');
    expect(refusal(`service_code=pothole&address_id=1&phone=${'1'.repeat(41)}`)).toBe('phone is 41 characters long, over the 40 allowed.');
    expect(refusal('service_code=pothole&address_id=1&service_code=graffiti')).toBe('service_code is given twice; give it once.');
    expect(refusal('service_code=pothole&address_id=1&attribute[size]=a&attribute[size]=b')).toMatch(/^attribute\[size\] is given twice/);
    expect(refusal('service_code=pothole&address_id=1&media_url=http://x')).toMatch(/^media_url is not accepted/);
    expect(refusal('service_code=pothole&address_id=1&colour=red')).toMatch(/^Unknown field colour \(expected: api_key,/);
  });

  describe('abuse', () => {
    it("refuses attribute codes that name an object's own machinery, with a 400", () => {
      for (const code of ['constructor', '__proto__', 'prototype']) {
        for (const key of [`attribute[${code}]`, `attribute[${code}][]`]) {
          expect(refusal(`service_code=pothole&address_id=1&${key}=x`)).toBe(
            `attribute[${code}] is refused: constructor, prototype and __proto__ cannot be attribute codes.`,
          );
        }
      }
    });

    it('refuses every other attribute key shape by name, with the two shapes it takes', () => {
      for (const key of [
        'attribute[__proto__][polluted]',
        'attribute[prototype][x]',
        'attribute[size][0]',
        'attribute[]',
        'attribute',
        'attribute[a]b',
        'attribute[a][b][]',
        `attribute[${'x'.repeat(101)}]`,
      ]) {
        expect(refusal(`service_code=pothole&address_id=1&${key}=x`)).toBe(
          `"${key.slice(0, 60)}" is not an attribute answer: send attribute[code]=answer, or attribute[code][]=answer once for each choice of a multivaluelist (a code of 1 to 100 characters).`,
        );
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('keeps codes that are also names of Object.prototype as plain data', () => {
      const input = parse(
        'service_code=pothole&address_id=1&attribute[toString]=a&attribute[hasOwnProperty][]=b&attribute[hasOwnProperty][]=c',
      );
      expect([...input.attributes]).toEqual([
        ['toString', ['a']],
        ['hasOwnProperty', ['b', 'c']],
      ]);
    });

    it('names ten unknown fields at most, however many were sent', () => {
      const form = Array.from({ length: 5000 }, (_, i) => `f${i}=x`).join('&');
      expect(refusal(`service_code=pothole&address_id=1&${form}`)).toBe(
        'Unknown fields f0, f1, f2, f3, f4, f5, f6, f7, f8, f9 and 4990 more (expected: api_key, jurisdiction_id, service_code, lat, long, address_string, address_id, email, device_id, account_id, first_name, last_name, phone, description, media_url, attribute[code]).',
      );
      expect(refusal('service_code=pothole&address_id=1&=x')).toMatch(/^Unknown field "" \(expected/);
    });
  });
});

describe('toStrapiServiceRequest', () => {
  it('puts the requester in the private fields and the answers in attributeValues', () => {
    const input = parse('service_code=pothole&lat=50.5&long=4.26&email=a%40example.org&last_name=Doe&phone=123&device_id=d&account_id=a');
    expect(toStrapiServiceRequest(input, 'type-id', { size: 'large' }, new Date('2026-11-27T10:00:00Z'))).toEqual({
      serviceType: 'type-id',
      requestStatus: 'open',
      description: null,
      address: null,
      addressId: null,
      geoLatitude: 50.5,
      geoLongitude: 4.26,
      attributeValues: { size: 'large' },
      requestedAt: '2026-11-27T10:00:00.000Z',
      requesterFirstName: null,
      requesterLastName: 'Doe',
      requesterEmail: 'a@example.org',
      requesterPhone: '123',
      deviceId: 'd',
      accountId: 'a',
    });
  });
});
