import { describe, expect, it } from 'vitest';
import { ClosedSessionErrorCode, ClosedSessionProblem } from './closed-session-problem';
import { guardClosedSessionQuery } from './guard-closed-session-query';
import { councilModel, getCouncilModel } from './testing/council-models';

const item = councilModel('agenda-item');
const meeting = councilModel('meeting');
const paper = councilModel('paper');
const guard = (query: Record<string, unknown>, model = item) => guardClosedSessionQuery(query, model, getCouncilModel);
const OPEN = { public: { $eq: true } };

const problemOf = (run: () => unknown): ClosedSessionProblem => {
  try {
    run();
  } catch (error) {
    if (error instanceof ClosedSessionProblem) return error;
    throw error;
  }
  throw new Error('expected the query to be refused');
};

describe('guardClosedSessionQuery', () => {
  describe('filters', () => {
    it('leaves a filter on visible fields alone', () => {
      const filters = { name: { $containsi: 'budget' }, meeting: { documentId: { $eq: 'x' } }, public: { $eq: false } };
      expect(guard({ filters })).toEqual({ filters });
    });

    it('requires an open item for a condition on a withheld field', () => {
      expect(guard({ filters: { resolutionText: { $containsi: 'canary' } } })).toEqual({
        filters: { $and: [{ resolutionText: { $containsi: 'canary' } }, OPEN] },
      });
      expect(guard({ filters: { result: { $eq: 'refused' }, public: { $eq: false } } })).toEqual({
        filters: { $and: [{ result: { $eq: 'refused' }, public: { $eq: false } }, OPEN] },
      });
      expect(guard({ filters: { papers: { name: { $eq: 'x' } } } })).toEqual({
        filters: { $and: [{ papers: { name: { $eq: 'x' } } }, OPEN] },
      });
    });

    it('guards each operand of $and, $or and $not where it tests a withheld field, qs objects included', () => {
      expect(guard({ filters: { $or: [{ name: { $eq: 'a' } }, { result: { $eq: 'refused' } }] } })).toEqual({
        filters: { $or: [{ name: { $eq: 'a' } }, { $and: [{ result: { $eq: 'refused' } }, OPEN] }] },
      });
      expect(guard({ filters: { $and: { 0: { start: { $gt: '2026' } } } } })).toEqual({
        filters: { $and: { 0: { $and: [{ start: { $gt: '2026' } }, OPEN] } } },
      });
      // Negated, a closed item always passes: still independent of what it withholds.
      expect(guard({ filters: { $not: { result: { $eq: 'refused' } } } })).toEqual({
        filters: { $not: { $and: [{ result: { $eq: 'refused' } }, OPEN] } },
      });
    });

    it('guards a condition on an item reached through a meeting', () => {
      expect(guard({ filters: { agendaItems: { result: { $eq: 'refused' } } } }, meeting)).toEqual({
        filters: { agendaItems: { $and: [{ result: { $eq: 'refused' } }, OPEN] } },
      });
      expect(guard({ filters: { agendaItems: { name: { $eq: 'a' } } } }, meeting)).toEqual({
        filters: { agendaItems: { name: { $eq: 'a' } } },
      });
      // An operator on the relation tests the related id, which is visible.
      expect(guard({ filters: { agendaItems: { $eq: '1' } } }, meeting)).toEqual({ filters: { agendaItems: { $eq: '1' } } });
    });

    it('requires the item itself open for a condition through its localizations, whose rows (drafts too) have flags of their own', () => {
      expect(guard({ filters: { localizations: { resolutionText: { $containsi: 'x' } } } })).toEqual({
        filters: { $and: [{ localizations: { $and: [{ resolutionText: { $containsi: 'x' } }, OPEN] } }, OPEN] },
      });
      expect(guard({ filters: { localizations: { name: { $eq: 'a' } } } })).toEqual({
        filters: { $and: [{ localizations: { name: { $eq: 'a' } } }, OPEN] },
      });
    });

    it("requires an open item for any condition through a paper's agenda items, whose link a closed item withholds", () => {
      expect(guard({ filters: { agendaItems: { name: { $eq: 'a' } } } }, paper)).toEqual({
        filters: { agendaItems: { $and: [{ name: { $eq: 'a' } }, OPEN] } },
      });
      expect(guard({ filters: { decidedInAgendaItems: { resolutionText: { $containsi: 'x' } } } }, paper)).toEqual({
        filters: { decidedInAgendaItems: { $and: [{ $and: [{ resolutionText: { $containsi: 'x' } }, OPEN] }, OPEN] } },
      });
      // Operators on the relation itself test the related id.
      expect(guard({ filters: { agendaItems: { $notNull: true } } }, paper)).toEqual({
        filters: { agendaItems: { $and: [{ id: { $notNull: true } }, OPEN] } },
      });
      expect(guard({ filters: { agendaItems: '4' } }, paper)).toEqual({ filters: { agendaItems: { $and: [{ id: { $eq: '4' } }, OPEN] } } });
      expect(guard({ filters: { relatedPapers: { agendaItems: { result: { $eq: 'refused' } } } } }, paper)).toEqual({
        filters: { relatedPapers: { agendaItems: { $and: [{ $and: [{ result: { $eq: 'refused' } }, OPEN] }, OPEN] } } },
      });
    });

    it("refuses a negated condition through a paper's agenda items, which would tell a closed link from none", () => {
      const problem = problemOf(() => guard({ filters: { $not: { agendaItems: { name: { $eq: 'a' } } } } }, paper));
      expect(problem).toMatchObject({
        code: ClosedSessionErrorCode.NegatedWithheldLink,
        param: 'filters',
        message: expect.stringContaining('agendaItems'),
      });
      expect(() =>
        guard({ filters: { $or: [{ $not: { relatedPapers: { decidedInAgendaItems: { id: { $notNull: true } } } } }] } }, paper),
      ).toThrow(ClosedSessionProblem);
      // A $not inside the related item's own condition is fine: the link is tested un-negated.
      expect(() => guard({ filters: { agendaItems: { $not: { name: { $eq: 'a' } } } } }, paper)).not.toThrow();
    });
  });

  describe('sort', () => {
    it.each([
      ['result:asc', 'result'],
      [['order:asc', 'end:desc'], 'end'],
      ['order:asc,start:desc', 'start'],
      [{ resolutionText: 'asc' }, 'resolutionText'],
      [[{ papers: { name: 'asc' } }], 'papers'],
      ['papers.name:asc', 'papers'],
      ['localizations.result:desc', 'localizations.result'],
      [{ 0: 'result:asc' }, 'result'],
    ])('refuses to order items by %j', (sort, path) => {
      const problem = problemOf(() => guard({ sort }));
      expect(problem).toMatchObject({
        code: ClosedSessionErrorCode.WithheldSort,
        param: 'sort',
        message: `sort: ${path} is withheld from confidential entries and cannot order them.`,
      });
    });

    it('refuses to order meetings or papers by what closed items withhold, or by their links to papers', () => {
      expect(problemOf(() => guard({ sort: 'agendaItems.result:asc' }, meeting)).message).toContain('agendaItems.result');
      expect(problemOf(() => guard({ sort: 'agendaItems.order:asc' }, paper)).message).toContain('agendaItems is withheld');
    });

    it('orders by visible fields', () => {
      expect(guard({ sort: ['order:asc', 'name:desc', 'documentId:asc', 'meeting.start:desc'] })).toEqual({});
      expect(guard({ sort: 'agendaItems.order:asc' }, meeting)).toEqual({});
    });
  });

  describe('fields and populate', () => {
    it('adds the flag to the fields of a confidential model, so the answer can tell open from closed', () => {
      expect(guard({ fields: ['name', 'result'] })).toEqual({ fields: ['name', 'result', 'public'] });
      expect(guard({ fields: 'name,result' })).toEqual({ fields: 'name,result,public' });
      expect(guard({ fields: ['public'] })).toEqual({ fields: ['public'] });
      expect(guard({ fields: ['name'] }, meeting)).toEqual({});
    });

    it('guards each populate clause at its own model', () => {
      const populate = {
        agendaItems: { fields: ['documentId'], filters: { result: { $eq: 'refused' } }, populate: { papers: { fields: ['name'] } } },
      };
      expect(guard({ populate }, meeting)).toEqual({
        populate: {
          agendaItems: {
            fields: ['documentId', 'public'],
            filters: { $and: [{ result: { $eq: 'refused' } }, OPEN] },
            populate: { papers: { fields: ['name'] } },
          },
        },
      });
    });

    it("reads only open items through a paper's agenda items, counted or listed", () => {
      expect(guard({ populate: { agendaItems: { count: 'true' }, decidedInAgendaItems: 'true', relatedPapers: 'true' } }, paper)).toEqual({
        populate: { agendaItems: { count: 'true', filters: OPEN }, decidedInAgendaItems: { filters: OPEN }, relatedPapers: 'true' },
      });
      expect(guard({ populate: { agendaItems: { filters: { name: { $eq: 'a' } } } } }, paper)).toEqual({
        populate: { agendaItems: { filters: { $and: [{ name: { $eq: 'a' } }, OPEN] } } },
      });
      expect(guard({ populate: '*' }, paper)).toEqual({ populate: '*' });
    });

    it('refuses to order populated items by a withheld field, naming the clause', () => {
      const problem = problemOf(() => guard({ populate: { meeting: { populate: { agendaItems: { sort: 'result:asc' } } } } }));
      expect(problem).toMatchObject({
        code: ClosedSessionErrorCode.WithheldSort,
        param: 'populate',
        message: expect.stringContaining('populate[meeting][populate][agendaItems][sort]: result'),
      });
    });
  });

  it("refuses Strapi's full-text search on a confidential model, which would search withheld text", () => {
    expect(problemOf(() => guard({ _q: 'canary' }))).toMatchObject({ code: ClosedSessionErrorCode.WithheldSearch, param: '_q' });
    expect(guard({ _q: 'budget' }, meeting)).toEqual({});
  });
});
