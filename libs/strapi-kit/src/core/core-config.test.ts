import { describe, expect, it } from 'vitest';
import { defaultCoreConfig, validateCoreConfig } from './core-config';

describe('validateCoreConfig', () => {
  const town = { code: 'seneffe', name: 'Seneffe' };

  it('takes the defaults with a town', () => {
    expect(() => validateCoreConfig({ ...defaultCoreConfig, town })).not.toThrow();
    expect(defaultCoreConfig).toMatchObject({ publicAccounts: false, adminApiWithoutPanel: false });
  });

  it.each(['publicAccounts', 'adminApiWithoutPanel'])('refuses a %s that is not a boolean', (name) => {
    expect(() => validateCoreConfig({ ...defaultCoreConfig, town, [name]: 'yes' })).toThrow(`${name} must be true or false, got "yes".`);
  });
});

describe('validateCoreConfig: subscriptions', () => {
  const town = { code: 'seneffe', name: 'Seneffe' };

  it('takes channels and members, none by default', () => {
    expect(defaultCoreConfig.subscriptions).toEqual([]);
    expect(() => validateCoreConfig({ ...defaultCoreConfig, town, subscriptions: ['hainaut', 'member:sambreville'] })).not.toThrow();
  });

  it.each([['wallonia'], [['member:']], [['<script>']], [[42]], [Array.from({ length: 51 }, () => 'wallonia')]])(
    'refuses %j, saying what a subscription is',
    (subscriptions) => {
      expect(() => validateCoreConfig({ ...defaultCoreConfig, town, subscriptions })).toThrow(/^subscriptions: /);
    },
  );
});

describe('validateCoreConfig: notify', () => {
  const town = { code: 'seneffe', name: 'Seneffe' };
  const notify = { url: 'http://harvester.internal:4100/notify/seneffe', token: 'a-secret-of-enough-characters' };

  it('takes a harvester to notify, or none', () => {
    expect(() => validateCoreConfig({ ...defaultCoreConfig, town, notify })).not.toThrow();
    expect(defaultCoreConfig.notify).toBeUndefined();
  });

  it('refuses a URL that is not http(s), and a short token', () => {
    expect(() => validateCoreConfig({ ...defaultCoreConfig, town, notify: { ...notify, url: 'ftp://x' } })).toThrow(/notify.url must be/);
    expect(() => validateCoreConfig({ ...defaultCoreConfig, town, notify: { ...notify, token: 'short' } })).toThrow(
      'notify.token must be a secret of 16 characters or more.',
    );
  });
});

describe('validateCoreConfig: network', () => {
  const town = { code: 'seneffe', name: 'Seneffe' };

  it("takes the gateway's GraphQL URL, or none", () => {
    expect(() => validateCoreConfig({ ...defaultCoreConfig, town, network: { url: 'http://127.0.0.1:4000/graphql' } })).not.toThrow();
    expect(defaultCoreConfig.network).toBeUndefined();
  });

  it.each([{ url: 'file:///etc/passwd' }, { url: 'javascript:alert(1)' }, { url: 42 }, 'http://gateway'])('refuses %j', (network) => {
    expect(() => validateCoreConfig({ ...defaultCoreConfig, town, network })).toThrow(/network.url must be/);
  });
});
