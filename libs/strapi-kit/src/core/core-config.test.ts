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
