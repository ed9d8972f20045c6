import { describe, expect, it } from 'vitest';
import { OpenDataError } from '../open-data-error';
import { parseRequestsQuery } from './parse-requests-query';

const NOW = new Date('2026-11-27T12:00:00Z');
const parse = (query: string) => parseRequestsQuery(new URLSearchParams(query), NOW);
const refusal = (query: string) => {
  try {
    parse(query);
  } catch (error) {
    expect(error).toBeInstanceOf(OpenDataError);
    return { status: (error as OpenDataError).status, message: (error as Error).message };
  }
  throw new Error(`${query} was accepted`);
};

describe('parseRequestsQuery', () => {
  it('reads the last 90 days, 1000 at most, by default', () => {
    expect(parse('')).toEqual({ filters: { requestedAt: { gte: '2026-08-29T12:00:00.000Z' } }, skip: 0, limit: 1000 });
  });

  it("maps Open311 filters to the gateway's", () => {
    expect(parse('service_code=pothole,graffiti&status=open&start_date=2026-06-01T00:00:00%2B02:00&end_date=2026-06-30').filters).toEqual({
      serviceType: { serviceCode: { in: ['pothole', 'graffiti'] } },
      requestStatus: { in: ['open'] },
      requestedAt: { gte: '2026-05-31T22:00:00.000Z', lte: '2026-06-30T00:00:00.000Z' },
    });
  });

  it('counts the default window back from end_date when only it is given', () => {
    expect(parse('end_date=2026-03-31T00:00:00Z').filters.requestedAt).toEqual({
      gte: '2025-12-31T00:00:00.000Z',
      lte: '2026-03-31T00:00:00.000Z',
    });
  });

  it('lets service_request_id override every other filter, as the spec says', () => {
    const ids = ['a'.repeat(24), 'b'.repeat(24)];
    expect(parse(`service_request_id=${ids.join(',')}&status=closed&start_date=2020-01-01`)).toEqual({
      filters: { documentId: { in: ids } },
      skip: 0,
      limit: 1000,
    });
  });

  it('pages with page and page_size', () => {
    expect(parse('page=3&page_size=50')).toMatchObject({ skip: 100, limit: 50 });
  });

  it('refuses bad parameters with a 400 naming them', () => {
    expect(refusal('status=pending')).toEqual({
      status: 400,
      message: 'status must be open, closed or both comma-separated, got "pending".',
    });
    expect(refusal('start_date=yesterday').message).toMatch(/^start_date must be a W3C date-time/);
    expect(refusal('start_date=2026-13-45T00:00:00Z').message).toMatch(/^start_date must be/);
    expect(refusal('end_date=2026-06-01T00:00:00').message).toMatch(/^end_date must be/);
    expect(refusal('start_date=2026-06-02&end_date=2026-06-01').message).toMatch(/is after end_date/);
    expect(refusal('page_size=0').message).toBe('page_size must be an integer from 1 to 1000, got "0".');
    expect(refusal('page_size=1001').status).toBe(400);
    expect(refusal('page=11&page_size=1000').message).toMatch(/past the first 10000 requests/);
    expect(refusal('service_request_id=1234').message).toMatch(/service_request_id must be/);
    expect(refusal('service_code=').message).toMatch(/service_code is empty/);
    expect(refusal('status=open&status=closed').message).toBe('status is given 2 times; give it once.');
    expect(refusal('colour=red').message).toMatch(/^Unknown parameter colour \(expected: service_request_id,/);
  });

  describe('abuse', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i).padStart(24, 'a'));

    it('takes lists of 100 values at most, as the towns do', () => {
      expect(parse(`service_request_id=${ids(100).join(',')}`).filters).toEqual({ documentId: { in: ids(100) } });
      expect(refusal(`service_request_id=${ids(101).join(',')}`)).toEqual({
        status: 400,
        message: 'service_request_id lists 101 values; 100 at most.',
      });
      const codes = Array.from({ length: 101 }, (_, i) => `code${i}`);
      expect(refusal(`service_code=${codes.join(',')}`)).toEqual({ status: 400, message: 'service_code lists 101 values; 100 at most.' });
    });

    it('counts a value given twice once', () => {
      expect(parse(`service_request_id=${[...ids(100), ...ids(100)].join(',')}`).filters).toEqual({ documentId: { in: ids(100) } });
      expect(parse('service_code=pothole,pothole').filters.serviceType).toEqual({ serviceCode: { in: ['pothole'] } });
    });

    it('names ten unknown parameters at most', () => {
      const query = Array.from({ length: 500 }, (_, i) => `p${i}=x`).join('&');
      expect(refusal(query).message).toMatch(/^Unknown parameters p0, p1, p2, p3, p4, p5, p6, p7, p8, p9 and 490 more \(expected: /);
    });
  });
});
