import { describe, expect, it } from 'vitest';
import { kindNamed } from '../towns/content-kinds';
import { townSelection } from './town-selection';

describe('townSelection', () => {
  it('asks for the confidentiality flag whenever a withheld field is selected', () => {
    const item = kindNamed('agenda-item');
    expect(townSelection(item, new Set(['resolutionText']))).toEqual({ relations: [], media: [], scalars: ['public', 'resolutionText'] });
    expect(townSelection(item, new Set(['papers', 'resolutionFile']))).toEqual({ relations: ['papers'], media: ['resolutionFile'], scalars: ['public'] });
  });

  it('asks for no more than selected when nothing withheld is', () => {
    expect(townSelection(kindNamed('agenda-item'), new Set(['name', 'order']))).toEqual({ relations: [], media: [], scalars: ['order', 'name'] });
    expect(townSelection(kindNamed('meeting'), new Set(['name', 'agendaItems']))).toEqual({ relations: ['agendaItems'], media: [], scalars: ['name'] });
  });
});
