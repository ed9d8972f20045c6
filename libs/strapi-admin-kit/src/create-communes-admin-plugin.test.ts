import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMUNES_CUSTOM_FIELDS } from '@communes/strapi-kit';
import { describe, expect, it, vi } from 'vitest';
import type { ReactElement } from 'react';
import { createCommunesAdminPlugin } from './create-communes-admin-plugin';
import { VocabularyCell } from './inputs/VocabularyCell';
import type { ListHeader } from './logic/vocabulary-cell';

// The admin's own modules run in the browser only; the cell is checked as an element, not drawn.
vi.mock('@strapi/design-system', () => ({ Typography: () => null }));
vi.mock('@strapi/strapi/admin', () => ({ useFetchClient: () => ({}) }));

const PLUGINS = join(__dirname, '..', '..', '..', 'plugins');

function registered(pluginId: string) {
  const plugins: unknown[] = [];
  const fields: Record<string, unknown>[] = [];
  createCommunesAdminPlugin(pluginId, 'Communes: services').register({
    registerPlugin: (plugin) => plugins.push(plugin),
    customFields: { register: (list) => fields.push(...list) },
  });
  return { plugins, fields };
}

describe('the admin entry of a Communes plugin', () => {
  it('registers the plugin and every input under its own name, with the type the server stores', () => {
    const { plugins, fields } = registered('communes-services');
    expect(plugins).toEqual([{ id: 'communes-services', name: 'Communes: services' }]);
    expect(Object.fromEntries(fields.map((f) => [f.name, f.type]))).toEqual(COMMUNES_CUSTOM_FIELDS);
    expect(fields.every((f) => f.pluginId === 'communes-services')).toBe(true);
    expect(fields.every((f) => typeof (f.components as { Input: unknown }).Input === 'function')).toBe(true);
  });

  it('is what every domain plugin ships as its ./strapi-admin entry, under the name its server uses', () => {
    const domains = readdirSync(PLUGINS).filter((dir) => dir !== 'core');
    expect(domains.length).toBeGreaterThan(5);
    for (const dir of domains) {
      const pkg = JSON.parse(readFileSync(join(PLUGINS, dir, 'package.json'), 'utf8'));
      expect(pkg.exports['./strapi-admin'], dir).toBe('./strapi-admin.js');
      expect(pkg.files, dir).toContain('strapi-admin.js');
      const entry = readFileSync(join(PLUGINS, dir, 'strapi-admin.js'), 'utf8');
      expect(entry, dir).toContain(`createCommunesAdminPlugin('${pkg.strapi.name}'`);
    }
  });

  it("shows its vocabulary columns in the list view by a cell of labels, and leaves other plugins' columns alone", () => {
    const hooks: {
      name: string;
      hook: (args: { displayedHeaders: ListHeader[]; layout: unknown }) => { displayedHeaders: ListHeader[] };
    }[] = [];
    createCommunesAdminPlugin('communes-council').bootstrap({ registerHook: (name, hook) => hooks.push({ name, hook }) });
    expect(hooks.map((h) => h.name)).toEqual(['Admin/CM/pages/ListView/inject-column-in-table']);
    const vocabulary = { name: 'MeetingState', codes: [{ code: 'scheduled', labels: { en: 'Scheduled', fr: 'Prévue' } }] };
    const column = (customField: string, extra: Partial<ListHeader> = {}): ListHeader => ({
      name: 'meetingState',
      attribute: { customField, options: { vocabulary } },
      ...extra,
    });
    const own = column('plugin::communes-council.vocabulary');
    const other = column('plugin::communes-news.vocabulary');
    const formatted = () => 'already';
    const already = column('plugin::communes-council.vocabulary-list', { cellFormatter: formatted });
    const plain = { name: 'name', attribute: {} };
    const { displayedHeaders } = hooks[0]!.hook({ displayedHeaders: [own, other, already, plain], layout: {} });
    expect(displayedHeaders.slice(1)).toEqual([other, already, plain]);
    const cell = (displayedHeaders[0]!.cellFormatter as (row: Record<string, unknown>) => ReactElement)({ meetingState: 'scheduled' });
    expect(cell.type).toBe(VocabularyCell);
    expect(cell.props).toEqual({ value: 'scheduled', vocabulary });
  });
});
