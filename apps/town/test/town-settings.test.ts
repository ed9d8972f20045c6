import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTownSettings } from '../lib/town-settings';

describe('loadTownSettings', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'communes-settings-'));
  const load = (env: Record<string, string>) => loadTownSettings({ TOWN_DATA_DIR: dataDir, ...env });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('allows no cross-origin reader unless TOWN_CORS_ORIGINS lists it, * included', () => {
    expect(load({}).corsOrigins).toEqual([]);
    expect(load({ TOWN_CORS_ORIGINS: 'https://www.seneffe.be, http://localhost:3000,*' }).corsOrigins).toEqual([
      'https://www.seneffe.be',
      'http://localhost:3000',
      '*',
    ]);
  });

  it.each(['https://www.seneffe.be/', 'https://www.seneffe.be/agenda', 'www.seneffe.be', 'ftp://seneffe.be'])(
    'refuses %j as an origin, saying what one is',
    (origin) => {
      expect(() => load({ TOWN_CORS_ORIGINS: origin })).toThrow(
        `TOWN_CORS_ORIGINS: "${origin}" is not an origin such as https://www.seneffe.be (scheme, host and port, no path or trailing slash), nor *.`,
      );
    },
  );

  it('reads the plugins a town enables, refusing one that does not exist', () => {
    expect(load({}).plugins).toBeUndefined();
    expect(load({ TOWN_PLUGINS: 'news, alerts' }).plugins).toEqual(['news', 'alerts']);
    expect(() => load({ TOWN_PLUGINS: 'news,weather' })).toThrow('TOWN_PLUGINS: no plugin "weather"; the plugins are council, services');
  });

  it('reads what a town subscribes to, once each, refusing what is neither a channel nor a member', () => {
    expect(load({}).subscriptions).toEqual([]);
    expect(load({ TOWN_SUBSCRIPTIONS: 'wallonia, member:seneffe,wallonia' }).subscriptions).toEqual(['wallonia', 'member:seneffe']);
    expect(() => load({ TOWN_SUBSCRIPTIONS: 'region:wallonia' })).toThrow('TOWN_SUBSCRIPTIONS: "region:wallonia" is neither a channel');
    expect(() => load({ TOWN_SUBSCRIPTIONS: 'member:Seneffe' })).toThrow('TOWN_SUBSCRIPTIONS: "member:Seneffe" is neither a channel');
  });

  it("reads the network's gateway, where the admin finds the members to offer by name", () => {
    expect(load({}).networkUrl).toBeUndefined();
    expect(load({ TOWN_NETWORK_URL: 'http://127.0.0.1:4000/graphql' }).networkUrl).toBe('http://127.0.0.1:4000/graphql');
  });

  it('reads the first admin from the environment, and nothing when it is not set', () => {
    expect(load({}).firstAdmin).toEqual({ email: undefined, passwordFile: undefined, password: undefined });
    expect(load({ TOWN_ADMIN_EMAIL: 'it@seneffe.be', TOWN_ADMIN_PASSWORD_FILE: '/run/secrets/admin' }).firstAdmin).toEqual({
      email: 'it@seneffe.be',
      passwordFile: '/run/secrets/admin',
      password: undefined,
    });
  });
});
