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
});
