import { describe, expect, it } from 'vitest';
import { councilModel, getCouncilModel } from './testing/council-models';
import { withholdClosedFields } from './withhold-closed-fields';

const item = councilModel('agenda-item');
const meeting = councilModel('meeting');
const paper = councilModel('paper');
const withhold = (entry: unknown, model = item) => withholdClosedFields(entry, model, getCouncilModel);

const SYSTEM = {
  id: 7,
  documentId: 'itemclosed00000000000000',
  locale: 'fr',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  publishedAt: '2026-01-02T00:00:00.000Z',
};
const VISIBLE = {
  name: 'Personnel',
  number: '12',
  order: 11,
  public: false,
  meeting: { id: 1, documentId: 'meeting00000000000000000', name: 'Conseil' },
};
const WITHHELD = {
  result: 'refused',
  resolutionText: 'CANARY resolution',
  decision: { id: 3, documentId: 'paper0000000000000000000', name: 'CANARY decision' },
  papers: [{ id: 3, documentId: 'paper0000000000000000000' }],
  resolutionFile: { id: 9, url: '/uploads/canary.pdf', name: 'canary.pdf' },
  auxiliaryFiles: [{ id: 10, url: '/uploads/canary-2.pdf' }],
  start: '2026-01-01T19:00:00.000Z',
  end: '2026-01-01T19:30:00.000Z',
  // A field a town added in its own schema extension: not visible, so withheld too.
  vote: '12-3',
};
const closed = { ...SYSTEM, ...VISIBLE, ...WITHHELD };
const open = { ...closed, documentId: 'itemopen0000000000000000', public: true };

describe('withholdClosedFields', () => {
  it('keeps a closed item to its visible and system fields', () => {
    expect(withhold(closed)).toEqual({ ...SYSTEM, ...VISIBLE });
  });

  it('serves an open item whole', () => {
    expect(withhold(open)).toEqual(open);
  });

  it('withholds an item whose flag is not in the answer, or not a boolean', () => {
    const { public: _, ...flagless } = open;
    const { public: __, ...visible } = VISIBLE;
    const openSystem = { ...SYSTEM, documentId: open.documentId };
    expect(withhold(flagless)).toEqual({ ...openSystem, ...visible });
    expect(withhold({ ...open, public: null })).toEqual({ ...openSystem, ...visible, public: null });
    expect(withhold({ ...open, public: 'true' })).toEqual({ ...openSystem, ...visible, public: 'true' });
  });

  it("walks a closed item's localizations, each closed as well, even a row whose own flag says open", () => {
    const de = { ...closed, id: 8, locale: 'de', name: 'Personal' };
    expect(withhold({ ...closed, localizations: [de] })).toEqual({
      ...SYSTEM,
      ...VISIBLE,
      localizations: [{ ...SYSTEM, ...VISIBLE, id: 8, locale: 'de', name: 'Personal' }],
    });
    // A draft made public but not published yet: the published item is what counts.
    const draft = { ...de, public: true, publishedAt: null };
    expect(withhold({ ...closed, localizations: [draft] })).toEqual({
      ...SYSTEM,
      ...VISIBLE,
      localizations: [{ ...SYSTEM, ...VISIBLE, id: 8, locale: 'de', name: 'Personal', public: true, publishedAt: null }],
    });
    // The other way round, an open item's closed localization is withheld by its own flag.
    expect((withhold({ ...open, localizations: [de] }) as { localizations: unknown[] }).localizations).toEqual([
      { ...SYSTEM, ...VISIBLE, id: 8, locale: 'de', name: 'Personal' },
    ]);
  });

  it("keeps a meeting's closed items by their titles, at any depth", () => {
    const answer = withhold({ documentId: 'meeting00000000000000000', name: 'Conseil', agendaItems: [open, closed] }, meeting) as {
      agendaItems: unknown[];
    };
    expect(answer.agendaItems).toEqual([open, { ...SYSTEM, ...VISIBLE }]);
    const fromItem = withhold({ ...open, meeting: { documentId: 'meeting00000000000000000', agendaItems: [closed] } }) as {
      meeting: { agendaItems: unknown[] };
    };
    expect(fromItem.meeting.agendaItems).toEqual([{ ...SYSTEM, ...VISIBLE }]);
  });

  it("leaves closed items out of a paper's lists, the far side of the withheld relations", () => {
    const { public: _, ...flagless } = closed;
    const answer = withhold(
      { documentId: 'paper0000000000000000000', agendaItems: [open, closed, flagless], decidedInAgendaItems: [closed], relatedPapers: [] },
      paper,
    );
    expect(answer).toEqual({ documentId: 'paper0000000000000000000', agendaItems: [open], decidedInAgendaItems: [], relatedPapers: [] });
  });

  it('does not follow a closed item to the papers it withholds, even from an open paper', () => {
    const answer = withhold({ ...open, papers: [{ documentId: 'paper0000000000000000000', agendaItems: [closed, open] }] }) as {
      papers: { agendaItems: unknown[] }[];
    };
    expect(answer.papers[0]!.agendaItems).toEqual([open]);
  });

  it('leaves counts as Strapi answers them (the guard makes them count open items only)', () => {
    expect(withhold({ documentId: 'paper0000000000000000000', agendaItems: { count: 2 } }, paper)).toEqual({
      documentId: 'paper0000000000000000000',
      agendaItems: { count: 2 },
    });
  });

  it('leaves what is not an entry as it is', () => {
    expect(withhold(null)).toBeNull();
    expect(withholdClosedFields(closed, undefined, getCouncilModel)).toBe(closed);
  });
});
