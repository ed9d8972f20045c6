import { communesModel } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { toPluginReadme } from './to-plugin-readme';

describe('toPluginReadme', () => {
  const council = toPluginReadme(communesModel, 'council');

  it('says what the plugin holds, how a town installs it and its options', () => {
    expect(council).toMatch(/^<!-- Generated from libs\/domain by `npm run generate`/);
    expect(council).toContain('# @communes/strapi-plugin-council\n\n**What.** Council meetings, agenda items, decisions and papers');
    expect(council).toContain('npm install @communes/strapi-plugin-core @communes/strapi-plugin-council');
    expect(council).toContain("'communes-council': { enabled: true, config: { publicRead: true } },");
    expect(council).toContain('| `publicRead` | `true` |');
  });

  it('lists each content type with its routes, GraphQL names and fields', () => {
    expect(council).toContain('### Agenda item (`agenda-item`)');
    expect(council).toContain(
      'REST `/api/communes-council/agenda-items` and `/api/communes-council/agenda-items/<documentId>`; in the gateway, the GraphQL type `AgendaItem` and the list `agendaItems`.',
    );
    expect(council).toContain('| `meeting` | → `meeting` (manyToOne) | Required. |');
    expect(council).toContain('| `name` | string | Required, localized. |');
  });

  it('says what a confidential entry withholds, and that a private field is never served', () => {
    expect(council).toContain(
      'An entry whose `public` is false is confidential: it leaves the town with `meeting`, `number`, `order`, `name`, `public` and its system fields only.',
    );
    expect(council).toContain(
      '| `papers` | → `paper` (manyToMany) | The papers heard under this item. Withheld (empty) when public is false. |',
    );
    expect(toPluginReadme(communesModel, 'requests')).toMatch(
      /\| `requesterEmail` \| email \| Private: stored by the town, never served\./,
    );
  });
});
