import { describe, expect, it } from 'vitest';
import { answersWithoutQuestion, describeAnswer, setAnswer, toAnswerField, toAnswers, toQuestions } from './attribute-answers-form';

// A service type's questions as a town stores them (libs/domain: ServiceAttribute).
const stored = [
  {
    code: 'kinds',
    datatype: 'multivaluelist',
    description: 'Dégâts',
    order: 2,
    values: [
      { key: 'hole', name: 'Trou' },
      { key: 'crack', name: 'Fissure' },
    ],
  },
  {
    code: 'size',
    datatype: 'singlevaluelist',
    description: 'Taille du trou',
    required: true,
    order: 1,
    values: [{ key: 'large', name: 'Grand' }, { key: '' }],
  },
  { code: 'note', datatype: 'text', description: 'Remarque', datatypeDescription: 'Ce que vous avez vu' },
  { code: 'info', variable: false, datatype: 'string', description: 'Merci de signaler sans vous mettre en danger.', order: 0 },
  { datatype: 'string', description: 'Sans code' },
  'not a question',
];

const LENGTHS = { string: 500, text: 4000 };

describe("a service request's answers, read from its type's questions", () => {
  it('lists the questions by position, then as listed, without those that have no code', () => {
    const questions = toQuestions(stored);
    expect(questions.map((q) => q.code)).toEqual(['info', 'size', 'kinds', 'note']);
    expect(questions[0]).toMatchObject({ variable: false });
    expect(questions[1]).toMatchObject({ required: true, description: 'Taille du trou', values: [{ key: 'large', name: 'Grand' }] });
    expect(questions[3]).toMatchObject({ hint: 'Ce que vous avez vu', required: false, variable: true });
    expect(toQuestions(null)).toEqual([]);
  });

  it('gives each datatype the input that stores what the Open311 intake stores', () => {
    const [, size, kinds, note] = toQuestions(stored);
    expect(toAnswerField(size!, LENGTHS)).toMatchObject({
      kind: 'enumeration',
      required: true,
      vocabulary: { codes: [{ code: 'large', labels: { fr: 'Grand' } }] },
    });
    expect(toAnswerField(kinds!, LENGTHS)).toMatchObject({ kind: 'enumerationList', labels: { nl: 'Dégâts' } });
    expect(toAnswerField(note!, LENGTHS)).toMatchObject({ kind: 'text', maxLength: 4000, help: { fr: 'Ce que vous avez vu' } });
    const [number, when, short] = toQuestions(['number', 'datetime', 'string'].map((datatype) => ({ code: datatype, datatype })));
    expect([number, when, short].map((q) => toAnswerField(q!, LENGTHS).kind)).toEqual(['decimal', 'dateTime', 'string']);
    expect(toAnswerField(short!, LENGTHS).maxLength).toBe(500);
  });

  it('sets, replaces and removes one answer, and stores null when none is left', () => {
    const answers = toAnswers({ size: 'large' });
    expect(setAnswer(answers, 'kinds', ['hole'])).toEqual({ size: 'large', kinds: ['hole'] });
    expect(setAnswer(answers, 'size', 'small')).toEqual({ size: 'small' });
    expect(setAnswer(answers, 'depth', 12.5)).toEqual({ size: 'large', depth: 12.5 });
    expect(setAnswer(answers, 'size', '')).toBeNull();
    expect(setAnswer(answers, 'size', undefined)).toBeNull();
    expect(setAnswer({ ...answers, kinds: ['hole'] }, 'kinds', null)).toEqual({ size: 'large' });
    expect(setAnswer(answers, 'depth', Number.NaN)).toEqual({ size: 'large' });
    expect(toAnswers(['large'])).toEqual({});
  });

  it('keeps answers to questions the type no longer asks in sight, by their words where it can', () => {
    const questions = toQuestions(stored);
    expect(answersWithoutQuestion({ size: 'large', colour: 'rouge' }, questions)).toEqual([['colour', 'rouge']]);
    expect(describeAnswer(['hole', 'crack'], questions[2])).toBe('Trou, Fissure');
    expect(describeAnswer('large', questions[1])).toBe('Grand');
    expect(describeAnswer(12.5)).toBe('12.5');
  });
});
