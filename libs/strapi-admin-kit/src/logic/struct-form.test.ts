import { describe, expect, it } from 'vitest';
import type { ValueTypeShape } from '../custom-field-options';
import {
  addItem,
  compactItem,
  moveItem,
  newItem,
  formatNumberPart,
  parseNumberPart,
  removeItem,
  replaceItem,
  setPart,
  toItems,
  toSingleItem,
  toStoredList,
  toStoredSingle,
} from './struct-form';

const cost: ValueTypeShape = {
  name: 'Cost',
  fields: [
    { name: 'amount', kind: 'decimal', labels: { en: 'Amount' }, min: 0 },
    { name: 'currency', kind: 'string', labels: { en: 'Currency' }, default: 'EUR' },
    { name: 'description', kind: 'string', labels: { en: 'Description' } },
  ],
};
const phones = [{ label: 'Accueil', number: '+32 10 23 45 67' }, { label: 'Urgences', number: '112' }, { number: '0800 123 45' }];

describe('structured values in the form', () => {
  it('starts a new item with the model defaults only', () => {
    expect(newItem(cost)).toEqual({ currency: 'EUR' });
  });

  it('drops a part emptied by the editor instead of storing ""', () => {
    const item = setPart({ label: 'Accueil', number: '1' }, 'label', '');
    expect(item).toEqual({ number: '1' });
    expect(setPart(item, 'label', 'Guichet')).toEqual({ number: '1', label: 'Guichet' });
    expect(setPart({ dayOfWeek: ['monday'] }, 'dayOfWeek', [])).toEqual({});
  });

  it('stores an emptied value or list as null, and a filled one as is', () => {
    expect(toStoredList([])).toBeNull();
    expect(toStoredList(phones)).toEqual(phones);
    expect(toStoredSingle({ currency: '' })).toBeNull();
    expect(toStoredSingle(undefined)).toBeNull();
    expect(toStoredSingle({ amount: 20, currency: 'EUR', description: '' })).toEqual({ amount: 20, currency: 'EUR' });
    expect(compactItem({ a: null, b: [] })).toBeUndefined();
  });

  it('reads what is stored, whatever it is', () => {
    expect(toItems(phones)).toEqual(phones);
    expect(toItems(null)).toEqual([]);
    expect(toItems('+32 10')).toEqual([]);
    expect(toSingleItem({ amount: 5 })).toEqual({ amount: 5 });
    expect(toSingleItem([{ amount: 5 }])).toBeUndefined();
  });

  it('adds, removes, replaces and moves items of a list', () => {
    expect(addItem(phones, { number: '1' })).toHaveLength(4);
    expect(removeItem(phones, 1).map((p) => p.number)).toEqual(['+32 10 23 45 67', '0800 123 45']);
    expect(replaceItem(phones, 2, { number: '2' })[2]).toEqual({ number: '2' });
    expect(moveItem(phones, 2, -1).map((p) => p.number)).toEqual(['+32 10 23 45 67', '0800 123 45', '112']);
    expect(moveItem(phones, 0, -1)).toEqual(phones);
    expect(moveItem(phones, 2, 1)).toEqual(phones);
    expect(phones).toHaveLength(3);
  });

  it('reads numbers with a decimal comma or point, and keeps text that is no number', () => {
    expect(parseNumberPart('20,50', { kind: 'decimal' })).toBe(20.5);
    expect(parseNumberPart(' 12.5 ', { kind: 'decimal' })).toBe(12.5);
    expect(parseNumberPart('3', { kind: 'integer' })).toBe(3);
    expect(parseNumberPart('3,5', { kind: 'integer' })).toBe('3,5');
    expect(parseNumberPart('vingt', { kind: 'decimal' })).toBe('vingt');
    expect(parseNumberPart('', { kind: 'decimal' })).toBeUndefined();
  });

  it('shows a stored number as the editor writes it, and text as it was typed', () => {
    expect(formatNumberPart(12.5, 'fr')).toBe('12,5');
    expect(formatNumberPart(12.5, 'nl')).toBe('12,5');
    expect(formatNumberPart(12.5, 'en')).toBe('12.5');
    expect(formatNumberPart('vingt', 'fr')).toBe('vingt');
    expect(formatNumberPart(null, 'fr')).toBe('');
    expect(parseNumberPart(formatNumberPart(0.25, 'de'), { kind: 'decimal' })).toBe(0.25);
  });
});
