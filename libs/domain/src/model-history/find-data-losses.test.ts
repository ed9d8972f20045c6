import { describe, expect, it } from 'vitest';
import { communesModel } from '../model';
import { DataLossCode, findDataLosses } from './find-data-losses';
import { type StoredShape, toStoredShape } from './stored-shape';

const clone = (shape: StoredShape): StoredShape => JSON.parse(JSON.stringify(shape));
const current = toStoredShape(communesModel);
const codesOf = (shape: StoredShape) => findDataLosses(current, shape).map((l) => `${l.code} ${l.path}`);

describe('findDataLosses', () => {
  it('finds nothing between a model and itself, nor in additions (a field, a type, a code, a part)', () => {
    const next = clone(current);
    next.event!.fields.ticketUrl = { kind: 'url' };
    next.venue = { domain: 'agenda', fields: { name: { kind: 'string', localized: true } } };
    next.event!.fields.categories!.codes!.push('fair');
    next.event!.fields.organizer!.parts!.fax = { kind: 'string' };
    expect(findDataLosses(current, current)).toEqual([]);
    expect(findDataLosses(current, next)).toEqual([]);
  });

  it('finds each change that would lose stored values', () => {
    const next = clone(current);
    delete next['news-item'];
    delete next.event!.fields.price;
    next.event!.fields.allDay = { kind: 'string' };
    next.event!.fields.categories!.codes = next.event!.fields.categories!.codes!.filter((c) => c !== 'concert');
    delete next.event!.fields.name!.localized;
    delete next.event!.fields.organizer!.parts!.email;
    const relation = Object.entries(next['agenda-item']?.fields ?? {}).find(([, f]) => f.kind === 'relation');
    if (relation) relation[1].target = 'organization';
    expect(codesOf(next)).toEqual(
      expect.arrayContaining([
        'CONTENT_TYPE_REMOVED news-item',
        'FIELD_REMOVED event.price',
        'KIND_CHANGED event.allDay',
        'CODES_REMOVED event.categories',
        'NO_LONGER_LOCALIZED event.name',
        'FIELD_REMOVED event.organizer',
        ...(relation ? [`RELATION_CHANGED agenda-item.${relation[0]}`] : []),
      ]),
    );
    expect(findDataLosses(current, next).find((l) => l.code === DataLossCode.CodesRemoved)?.message).toBe(
      'event.categories: loses the codes concert: entries holding them would be invalid.',
    );
  });

  it('takes a rename for what it is to the towns’ databases: a removal', () => {
    const next = clone(current);
    next.event!.fields.title = next.event!.fields.name!;
    delete next.event!.fields.name;
    expect(codesOf(next)).toEqual(['FIELD_REMOVED event.name']);
  });

  it('lets a rename through when the model ships it as a migration that keeps the values', () => {
    const next = clone(current);
    next.event!.fields.title = next.event!.fields.name!;
    delete next.event!.fields.name;
    expect(findDataLosses(current, next, [{ kind: 'event', from: 'name', to: 'title' }])).toEqual([]);
    // The release after it records the new name: the rename is kept (towns may upgrade from older releases) and checks nothing.
    expect(findDataLosses(next, next, [{ kind: 'event', from: 'name', to: 'title' }])).toEqual([]);
  });

  it('still finds what a shipped rename cannot carry', () => {
    const next = clone(current);
    next.event!.fields.title = { kind: 'integer' };
    delete next.event!.fields.name;
    const renamed = (renames: { kind: string; from: string; to: string }[], shape = next) =>
      findDataLosses(current, shape, renames).map((l) => l.message);
    // Its values under another kind are lost all the same.
    expect(renamed([{ kind: 'event', from: 'name', to: 'title' }])).toEqual([
      'event.name: was a string, now a integer: the stored values would not be read as they are.',
    ]);
    expect(renamed([{ kind: 'event', from: 'name', to: 'heading' }])).toEqual(
      expect.arrayContaining(['event.name renamed to heading: event.heading is not in the model.']),
    );
    expect(renamed([{ kind: 'event', from: 'summary', to: 'title' }])).toEqual(
      expect.arrayContaining(['event.summary renamed to title: event.summary is still in the model.']),
    );
    expect(renamed([{ kind: 'event', from: 'nothing', to: 'title' }])).toEqual(
      expect.arrayContaining(['event.nothing renamed to title: event.nothing was never released.']),
    );
    expect(renamed([{ kind: 'event', from: 'name', to: 'summary' }])).toEqual(
      expect.arrayContaining(['event.name renamed to summary: event.summary was released already: its own values would be overwritten.']),
    );
    const relation = Object.entries(current['agenda-item']!.fields).find(([, f]) => f.kind === 'relation')![0];
    const moved = clone(current);
    moved['agenda-item']!.fields.linked = moved['agenda-item']!.fields[relation]!;
    delete moved['agenda-item']!.fields[relation];
    expect(renamed([{ kind: 'agenda-item', from: relation, to: 'linked' }], moved)).toEqual([
      `agenda-item.${relation} renamed to linked: a relation is not stored in one column: it cannot be renamed.`,
      `agenda-item.${relation}: the field is removed (or renamed): its stored values would be lost.`,
    ]);
  });
});
