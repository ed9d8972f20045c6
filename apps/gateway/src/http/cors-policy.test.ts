import { describe, expect, it } from 'vitest';
import { createCorsPolicy } from './cors-policy';

const APP = 'https://app.example.test';

describe('createCorsPolicy', () => {
  it('answers a listed origin with itself and Vary, any other with Vary alone', () => {
    const policy = createCorsPolicy([`${APP}/`, 'HTTP://LOCALHOST:5173']);
    expect(policy.headers(APP, 'allow-list')).toEqual({
      vary: 'origin',
      'access-control-allow-origin': APP,
      'access-control-expose-headers': 'x-request-id, x-missing-towns, link, cache-status',
    });
    // Written as browsers send it: lower case, no trailing slash.
    expect(policy.allows('http://localhost:5173', 'allow-list')).toBe(true);
    expect(policy.headers('https://evil.example.test', 'allow-list')).toEqual({ vary: 'origin' });
    expect(policy.headers(undefined, 'allow-list')).toEqual({ vary: 'origin' });
    expect(policy.allows('null', 'allow-list')).toBe(false);
  });

  it('answers * to anyone for public reads, whatever the list, and never with credentials', () => {
    for (const origins of [[], [APP], ['*']]) {
      const headers = createCorsPolicy(origins).headers('https://evil.example.test', 'anyone');
      expect(headers).toEqual({
        'access-control-allow-origin': '*',
        'access-control-expose-headers': 'x-request-id, x-missing-towns, link, cache-status',
      });
    }
    expect(createCorsPolicy(['*']).headers(APP, 'allow-list')['access-control-allow-origin']).toBe('*');
  });

  it('allows no other origin by default, and says nothing that varies', () => {
    const policy = createCorsPolicy([]);
    expect(policy.headers(APP, 'allow-list')).toEqual({});
    expect(policy.allows(APP, 'allow-list')).toBe(false);
  });

  it('refuses what is not an origin, naming the variable and the value', () => {
    expect(() => createCorsPolicy(['https://app.example.test/app'])).toThrow(
      'GATEWAY_CORS_ORIGINS (corsOrigins) takes origins (http(s)://host[:port], no path, query or credentials), got "https://app.example.test/app".',
    );
    expect(() => createCorsPolicy(['app.example.test'])).toThrow(
      'GATEWAY_CORS_ORIGINS (corsOrigins) takes origins such as https://app.example.org, got "app.example.test".',
    );
    expect(() => createCorsPolicy(['*', APP])).toThrow(/either \* alone or a list of origins, got "\*,https:\/\/app.example.test"/);
    for (const wrong of ['https://user@app.example.test', 'https://app.example.test?x', 'file:///etc', 'null'])
      expect(() => createCorsPolicy([wrong])).toThrow(/GATEWAY_CORS_ORIGINS/);
  });
});
