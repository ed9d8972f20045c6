import { describe, expect, it } from 'vitest';
import { toCodes, toggleCode } from './vocabulary-list';

const audience = {
  name: 'Audience',
  codes: ['resident', 'newcomer', 'tourist'].map((code) => ({ code, labels: { en: code } })),
};

describe('vocabulary lists', () => {
  it('ticks codes into the vocabulary order, each once', () => {
    expect(toggleCode(['tourist'], 'resident', true, audience)).toEqual(['resident', 'tourist']);
    expect(toggleCode(['tourist'], 'tourist', true, audience)).toEqual(['tourist']);
  });

  it('unticks a code, and stores null once the list is empty', () => {
    expect(toggleCode(['resident', 'tourist'], 'resident', false, audience)).toEqual(['tourist']);
    expect(toggleCode(['tourist'], 'tourist', false, audience)).toBeNull();
  });

  it('keeps a code the vocabulary does not know, last, so the save can name it', () => {
    expect(toggleCode(['Nouvel arrivant'], 'newcomer', true, audience)).toEqual(['newcomer', 'Nouvel arrivant']);
    expect(toCodes(['newcomer', 3, null])).toEqual(['newcomer']);
    expect(toCodes('newcomer')).toEqual([]);
  });
});
