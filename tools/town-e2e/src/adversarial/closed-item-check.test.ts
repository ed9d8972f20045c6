import { describe, expect, it } from 'vitest';
import { findClosedItemLeaks } from './closed-item-check';
import type { TownPlanting } from './planting';

const closedId = 'closedclosedclosedclosed';
const paperId = 'paperpaperpaperpaperpape';
const plantings = [{ town: 'eupen', closed: { documentId: closedId, papers: [paperId] } }] as unknown as TownPlanting[];
const sites = (json: unknown) => findClosedItemLeaks(json, plantings).map((l) => l.site);

describe('findClosedItemLeaks', () => {
  it('accepts a closed item with its public fields and withheld ones empty', () => {
    expect(
      sites({
        data: [{ documentId: closedId, name: 'Personal', number: '12', public: false, result: null, papers: [], resolutionFile: null }],
      }),
    ).toEqual([]);
  });

  it('finds a withheld field shown on a closed item, at any depth, by documentId or by an OParl id', () => {
    expect(
      sites({ data: { documentId: 'meetingmeetingmeetingmee', agendaItems: [{ documentId: closedId, result: 'accepted' }] } }),
    ).toEqual(['closed.result']);
    // The gateway's label of the code says as much as the code.
    expect(sites({ data: { agendaItems: [{ documentId: closedId, resultLabel: 'Approuvé' }] } })).toEqual(['closed.resultLabel']);
    expect(sites({ id: `https://x/oparl/v1/bodies/eupen/agenda-items/${closedId}`, start: '2031-03-17T13:26:47Z' })).toEqual([
      'closed.start',
    ]);
  });

  it('finds the link from a paper to the closed item it was heard under', () => {
    expect(
      sites({
        id: `https://x/oparl/v1/bodies/eupen/papers/${paperId}`,
        consultation: [`https://x/agenda-items/${closedId}/consultations/${paperId}`],
      }),
    ).toEqual(['closed.papers (link from the paper)']);
  });

  it('ignores the same fields on other entries', () => {
    expect(sites({ documentId: 'publicpublicpublicpublicp', result: 'accepted', start: '2026-01-01' })).toEqual([]);
  });
});
