import { contentTypeNamed } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { townSelection } from './town-selection';

describe('townSelection', () => {
  it('asks for the confidentiality flag whenever a withheld field is selected', () => {
    const item = contentTypeNamed('agenda-item');
    expect(townSelection(item, new Set(['resolutionText']))).toEqual({ relations: [], media: [], scalars: ['public', 'resolutionText'] });
    expect(townSelection(item, new Set(['papers', 'resolutionFile']))).toEqual({
      relations: ['papers'],
      media: ['resolutionFile'],
      scalars: ['public'],
    });
  });

  it('asks for no more than selected when nothing withheld is', () => {
    expect(townSelection(contentTypeNamed('agenda-item'), new Set(['name', 'order']))).toEqual({
      relations: [],
      media: [],
      scalars: ['order', 'name'],
    });
    expect(townSelection(contentTypeNamed('meeting'), new Set(['name', 'agendaItems']))).toEqual({
      relations: ['agendaItems'],
      media: [],
      scalars: ['name'],
    });
  });
});
