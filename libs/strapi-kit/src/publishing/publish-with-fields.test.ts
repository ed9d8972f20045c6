import { communesModel, namingOf } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { PublishWithError, publishWithFields, relationTargets } from './publish-with-fields';

describe('publishWithFields', () => {
  it('gives the council plugin its meeting, published with its agenda items', () => {
    expect([...publishWithFields('communes-council')]).toEqual([['plugin::communes-council.meeting', ['agendaItems']]]);
    expect(publishWithFields('communes-news').size).toBe(0);
  });

  it('names only relations of the model, each field once', () => {
    for (const type of communesModel.contentTypes) {
      for (const field of type.publishWith ?? []) {
        expect(type.fields[field]?.kind, `${namingOf(type).uid}.${field}`).toBe('relation');
      }
      expect(new Set(type.publishWith ?? []).size).toBe((type.publishWith ?? []).length);
    }
  });
});

describe('relationTargets', () => {
  const attributes = {
    agendaItems: { type: 'relation', relation: 'oneToMany', target: 'plugin::communes-council.agenda-item', mappedBy: 'meeting' },
    organizations: { type: 'relation', relation: 'manyToMany', target: 'plugin::communes-council.organization', inversedBy: 'meetings' },
    name: { type: 'string' },
  };

  it('tells a two-way many-to-many apart, as the Content Manager counts it', () => {
    expect(relationTargets('meeting', ['agendaItems', 'organizations'], attributes)).toEqual([
      { field: 'agendaItems', target: 'plugin::communes-council.agenda-item', manyToManyBothWays: false },
      { field: 'organizations', target: 'plugin::communes-council.organization', manyToManyBothWays: true },
    ]);
  });

  it('refuses a field that is not a relation of the schema', () => {
    expect(() => relationTargets('meeting', ['name'], attributes)).toThrow(PublishWithError);
    expect(() => relationTargets('meeting', ['papers'], attributes)).toThrow(/publishWith papers/);
  });
});
