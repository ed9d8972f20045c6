import { CUSTOM_FIELD_STORAGE } from '@communes/codegen';
import { describe, expect, it } from 'vitest';
import { COMMUNES_CUSTOM_FIELDS } from './communes-custom-fields';
import { registerCustomFields } from './register-custom-fields';

describe('the custom fields a domain plugin registers', () => {
  it('are the ones codegen writes into the schemas, stored as codegen says', () => {
    expect(COMMUNES_CUSTOM_FIELDS).toEqual(CUSTOM_FIELD_STORAGE);
  });

  it('are registered under the plugin’s own name', () => {
    const registered: unknown[] = [];
    const strapi = { customFields: { register: (fields: unknown[]) => registered.push(...fields) } };
    registerCustomFields(strapi as never, 'communes-agenda');
    expect(registered).toContainEqual({ name: 'recurrence-rule', plugin: 'communes-agenda', type: 'string' });
    expect(registered).toHaveLength(Object.keys(COMMUNES_CUSTOM_FIELDS).length);
  });
});
