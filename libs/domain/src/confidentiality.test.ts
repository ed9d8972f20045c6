import { describe, expect, it } from 'vitest';
import { isConfidentialEntry, isWithheldField, isWithheldLink, withheldFields } from './confidentiality';
import { contentTypeNamed, findContentType } from './content-type-named';

const item = contentTypeNamed('agenda-item');
const paper = contentTypeNamed('paper');
const meeting = contentTypeNamed('meeting');

describe('confidentiality', () => {
  it('withholds every field of a closed-session item but its title, number, order, meeting and flag', () => {
    expect(withheldFields(item).sort()).toEqual([
      'auxiliaryFiles',
      'decision',
      'end',
      'papers',
      'resolutionFile',
      'resolutionText',
      'result',
      'start',
    ]);
    expect(isWithheldField(item, 'result')).toBe(true);
    expect(isWithheldField(item, 'name')).toBe(false);
  });

  it('withholds nothing of a type without a rule', () => {
    expect(withheldFields(meeting)).toEqual([]);
    expect(isConfidentialEntry(meeting, {})).toBe(false);
  });

  it.each([
    [{ public: false }, true],
    [{ public: true }, false],
    // Fails closed: an entry whose flag was not read, or is null, is not shown as open.
    [{}, true],
    [{ public: null }, true],
    [{ public: 'false' }, true],
  ])('takes %j as confidential: %s', (entry, confidential) => {
    expect(isConfidentialEntry(item, entry)).toBe(confidential);
  });

  it('finds the far side of a withheld relation, and only that', () => {
    expect(isWithheldLink(paper, 'agendaItems', findContentType)).toBe(true);
    expect(isWithheldLink(paper, 'decidedInAgendaItems', findContentType)).toBe(true);
    // An item's meeting is visible, so a meeting lists its closed items (by their titles).
    expect(isWithheldLink(meeting, 'agendaItems', findContentType)).toBe(false);
    expect(isWithheldLink(paper, 'relatedPapers', findContentType)).toBe(false);
    expect(isWithheldLink(paper, 'name', findContentType)).toBe(false);
  });
});
