import { describe, expect, it } from 'vitest';
import { OpenDataError } from '../open-data-error';
import type { ServiceAttributeNode } from './read-service-types';
import { validateAttributeAnswers } from './validate-attribute-answers';

const attribute = (code: string, datatype: string, extra: Partial<ServiceAttributeNode> = {}): ServiceAttributeNode => ({
  code,
  datatype,
  variable: true,
  required: false,
  datatypeDescription: null,
  order: 1,
  description: code,
  values: [],
  ...extra,
});
const ATTRIBUTES = [
  attribute('size', 'singlevaluelist', {
    required: true,
    values: [
      { key: 'small', name: 'Small' },
      { key: 'large', name: 'Large' },
    ],
  }),
  attribute('where', 'multivaluelist', {
    values: [
      { key: 'road', name: 'Road' },
      { key: 'pavement', name: 'Pavement' },
    ],
  }),
  attribute('depth', 'number'),
  attribute('seen', 'datetime'),
  attribute('note', 'string'),
  attribute('story', 'text'),
  attribute('notice', 'string', { variable: false }),
];
const validate = (answers: Record<string, string[]>, attributes = ATTRIBUTES) =>
  validateAttributeAnswers('pothole', attributes, new Map(Object.entries(answers)));
const refusal = (answers: Record<string, string[]>, attributes = ATTRIBUTES) => {
  try {
    validate(answers, attributes);
  } catch (error) {
    expect(error).toBeInstanceOf(OpenDataError);
    expect((error as OpenDataError).status).toBe(400);
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('validateAttributeAnswers', () => {
  it('returns the answers as the town stores them', () => {
    expect(
      validate({
        size: ['large'],
        where: ['road', 'pavement'],
        depth: ['12.5'],
        seen: ['2026-11-01T08:00:00+01:00'],
        note: ['deep'],
        story: ['long'],
      }),
    ).toEqual({
      size: 'large',
      where: ['road', 'pavement'],
      depth: 12.5,
      seen: '2026-11-01T07:00:00.000Z',
      note: 'deep',
      story: 'long',
    });
  });

  it('treats an empty answer to an optional attribute as none', () => {
    expect(validate({ size: ['small'], note: [] })).toEqual({ size: 'small' });
  });

  it('refuses answers of the wrong type or outside the value list', () => {
    expect(refusal({ size: ['huge'] })).toBe('attribute[size]: "huge" is not one of its keys (small, large).');
    expect(refusal({ size: ['small', 'large'] })).toBe('attribute[size] takes one answer (singlevaluelist), got 2.');
    expect(refusal({ size: ['small'], where: ['road', 'sky'] })).toBe('attribute[where]: "sky" is not one of its keys (road, pavement).');
    expect(refusal({ size: ['small'], where: ['road', 'road'] })).toBe('attribute[where]: a key is given twice.');
    expect(refusal({ size: ['small'], depth: ['deep'] })).toBe('attribute[depth] must be a number, got "deep".');
    expect(refusal({ size: ['small'], seen: ['last week'] })).toMatch(/^attribute\[seen\] must be a W3C date-time/);
    expect(refusal({ size: ['small'], note: ['x'.repeat(501)] })).toBe(
      'attribute[note] is 501 characters long, over the 500 allowed for string.',
    );
  });

  it('refuses unknown and informational attributes, and a missing required one', () => {
    expect(refusal({ size: ['small'], colour: ['red'] })).toBe(
      'attribute[colour] is not an attribute of pothole (its attributes: size, where, depth, seen, note, story).',
    );
    expect(refusal({ size: ['small'], notice: ['hi'] })).toBe('attribute[notice] is informational: it takes no answer.');
    expect(refusal({})).toBe('pothole requires an answer to attribute[size].');
    expect(refusal({ size: [] })).toBe('pothole requires an answer to attribute[size].');
  });

  describe('abuse', () => {
    it('takes attribute codes as data, even names of Object.prototype', () => {
      const own = [attribute('constructor', 'string', { required: true }), attribute('toString', 'number')];
      expect(refusal({}, own)).toBe('pothole requires an answer to attribute[constructor].');
      expect(refusal({ toString: ['1'] }, own)).toBe('pothole requires an answer to attribute[constructor].');
      const answers = validate({ constructor: ['a'], toString: ['2'] }, own);
      expect(Object.entries(answers)).toEqual([
        ['constructor', 'a'],
        ['toString', 2],
      ]);
      expect(JSON.parse(JSON.stringify(answers))).toEqual({ constructor: 'a', toString: 2 });
    });

    it('refuses an answer to a code the service does not have, whatever it names', () => {
      expect(refusal({ size: ['small'], hasOwnProperty: ['x'] })).toMatch(/^attribute\[hasOwnProperty\] is not an attribute of pothole/);
    });
  });
});
