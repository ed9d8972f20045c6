import { contentTypeNamed } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { toStrapiListQuery } from './to-strapi-query';

const query = (kind: string, relations: string[]) => {
  const type = contentTypeNamed(kind);
  return toStrapiListQuery(
    type,
    { start: 0, limit: 10, relations, media: [], townFields: new Set(Object.keys(type.fields)) },
    contentTypeNamed,
  );
};

describe('toStrapiListQuery: relations', () => {
  it("asks for a paper's agenda items with their public flag, which decides whether the link may be shown", () => {
    const params = query('paper', ['agendaItems', 'decidedInAgendaItems', 'originatorPersons']);
    expect(params.getAll('populate[agendaItems][fields][1]')).toEqual(['public']);
    expect(params.getAll('populate[decidedInAgendaItems][fields][1]')).toEqual(['public']);
    expect(params.getAll('populate[originatorPersons][fields][1]')).toEqual([]);
  });

  it("asks a meeting's agenda items for their documentIds only: that link is never withheld", () => {
    const params = query('meeting', ['agendaItems']);
    expect(params.getAll('populate[agendaItems][fields][0]')).toEqual(['documentId']);
    expect(params.has('populate[agendaItems][fields][1]')).toBe(false);
  });
});

describe('toStrapiListQuery: reverse', () => {
  it('reverses every sort term, documentId too, so that a town reads its order from the end', () => {
    const type = contentTypeNamed('meeting');
    const sorted = (reverse: boolean) =>
      [
        ...toStrapiListQuery(
          type,
          {
            orderBy: [{ field: 'start', direction: 'DESC' }, { field: 'name' }],
            start: 0,
            limit: 5,
            reverse,
            relations: [],
            media: [],
            townFields: new Set(Object.keys(type.fields)),
          },
          contentTypeNamed,
        ).entries(),
      ].filter(([key]) => key.startsWith('sort'));
    expect(sorted(false).map(([, v]) => v)).toEqual(['start:desc', 'name:asc', 'documentId:asc']);
    expect(sorted(true).map(([, v]) => v)).toEqual(['start:asc', 'name:desc', 'documentId:desc']);
  });
});
