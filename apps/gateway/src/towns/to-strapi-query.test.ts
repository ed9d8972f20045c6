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

describe('toStrapiListQuery: relations inline', () => {
  const inlineQuery = (kind: string, relation: string, selection: { relations: string[]; media: string[]; scalars: string[] }) => {
    const type = contentTypeNamed(kind);
    const target = contentTypeNamed((type.fields[relation] as { target: string }).target);
    return toStrapiListQuery(
      type,
      {
        start: 0,
        limit: 10,
        relations: [relation],
        media: [],
        scalars: ['name'],
        townFields: new Set(Object.keys(type.fields)),
        inline: [{ relation, type: target, ...selection, townFields: new Set(Object.keys(target.fields)) }],
      },
      contentTypeNamed,
    );
  };
  const under = (params: URLSearchParams, prefix: string) => [...params].filter(([key]) => key.startsWith(prefix));

  it("asks a relation's entries for what a by-id read asks, their relations as documentIds and their files", () => {
    const params = inlineQuery('meeting', 'agendaItems', {
      relations: ['papers'],
      media: ['auxiliaryFiles'],
      scalars: ['name', 'result', 'public'],
    });
    expect(under(params, 'populate[agendaItems][fields]').map(([, v]) => v)).toEqual([
      'documentId',
      'name',
      'result',
      'public',
      'order',
      'createdAt',
      'updatedAt',
      'publishedAt',
      'locale',
    ]);
    expect(under(params, 'populate[agendaItems][populate]')).toEqual([
      ['populate[agendaItems][populate][papers][fields][0]', 'documentId'],
      ['populate[agendaItems][populate][auxiliaryFiles]', 'true'],
    ]);
  });

  it("asks a paper's agenda items for their flag even when no withheld field is selected, and their papers' flag-free links", () => {
    const params = inlineQuery('paper', 'agendaItems', { relations: ['meeting'], media: [], scalars: ['name'] });
    expect(under(params, 'populate[agendaItems][fields]').map(([, v]) => v)).toContain('public');
    expect(under(params, 'populate[agendaItems][populate]')).toEqual([
      ['populate[agendaItems][populate][meeting][fields][0]', 'documentId'],
    ]);
  });

  it("asks an agenda item's papers for their decided items' flag: a withheld link one level down", () => {
    const params = inlineQuery('agenda-item', 'papers', { relations: ['agendaItems'], media: [], scalars: ['name'] });
    expect(under(params, 'populate[papers][populate]')).toEqual([
      ['populate[papers][populate][agendaItems][fields][0]', 'documentId'],
      ['populate[papers][populate][agendaItems][fields][1]', 'public'],
    ]);
  });
});
