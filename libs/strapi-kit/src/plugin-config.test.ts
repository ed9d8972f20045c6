import { describe, expect, it } from 'vitest';
import { validateCoreConfig } from './core/core-config';
import { defaultDomainPluginConfig, validateDomainPluginConfig } from './plugin-config';

describe('validateDomainPluginConfig', () => {
  it('accepts the default and both values of publicRead', () => {
    expect(() => validateDomainPluginConfig(defaultDomainPluginConfig)).not.toThrow();
    expect(() => validateDomainPluginConfig({ publicRead: false })).not.toThrow();
  });

  it.each([
    [null, 'config must be an object'],
    [{ publicRead: 'no' }, 'publicRead must be true or false, got "no"'],
    [{ publicRead: true, publicWrite: true }, 'unknown option publicWrite'],
  ])('refuses %j', (config, message) => {
    expect(() => validateDomainPluginConfig(config)).toThrow(message);
  });
});

describe('validateCoreConfig', () => {
  it('accepts a town with its locales', () => {
    expect(() => validateCoreConfig({ town: { code: 'eupen', name: 'Eupen' }, locales: ['de', 'fr'] })).not.toThrow();
  });

  it.each([
    [{ town: { code: 'Eupen', name: 'Eupen' }, locales: [] }, 'town.code must be a lowercase code'],
    [{ town: { code: 'eupen', name: ' ' }, locales: [] }, 'town.name'],
    [{ town: { code: 'eupen', name: 'Eupen' }, locales: ['german'] }, 'locales must be a list of locale codes'],
    [{ town: { code: 'eupen', name: 'Eupen' }, locales: ['de', 'de'] }, 'lists a locale twice'],
    [{ locales: [] }, 'town.code'],
  ])('refuses %j', (config, message) => {
    expect(() => validateCoreConfig(config)).toThrow(message);
  });
});
