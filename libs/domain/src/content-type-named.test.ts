import { describe, expect, it } from 'vitest';
import { contentTypeNamed, contentTypeOfGraphqlType, findContentType } from './content-type-named';
import { DOCUMENT_ID, isDocumentId } from './document-id';
import { communesModel } from './model';
import { resolveModel } from './resolve-model';
import { defineContentType } from './content-type';

describe('contentTypeNamed', () => {
  it('finds a content type by its singular name and by its GraphQL type name', () => {
    expect(contentTypeNamed('agenda-item').names.plural).toBe('agenda-items');
    expect(contentTypeOfGraphqlType('AgendaItem')).toBe(contentTypeNamed('agenda-item'));
    expect(contentTypeOfGraphqlType('Query')).toBeUndefined();
  });

  it('names every content type the model has when asked for one it lacks', () => {
    expect(findContentType('agendaItem')).toBeUndefined();
    expect(() => contentTypeNamed('agendaItem')).toThrow(
      `No content type is named "agendaItem" (the model has ${communesModel.contentTypes.map((t) => t.names.singular).join(', ')}).`,
    );
  });

  it('reads another model when given one', () => {
    const model = resolveModel([
      defineContentType({
        domain: 'news',
        names: { singular: 'note', plural: 'notes', display: 'Note' },
        description: 'A note.',
        fields: { title: { kind: 'string' } },
        defaultOrder: [],
        uniqueKeys: [],
        indexes: [],
      }),
    ]);
    expect(contentTypeNamed('note', model).names.plural).toBe('notes');
    expect(findContentType('meeting', model)).toBeUndefined();
  });
});

describe('DOCUMENT_ID', () => {
  it("is Strapi's documentId, 24 lowercase letters and digits", () => {
    expect(isDocumentId('abcdefghijklmnopqrstuvwx')).toBe(true);
    expect(isDocumentId('a1b2c3d4e5f6g7h8i9j0k1l2')).toBe(true);
    for (const bad of ['ABCDEFGHIJKLMNOPQRSTUVWX', 'abc', 'abcdefghijklmnopqrstuvwxy', '../../admin/users-me-xxx', 42])
      expect(isDocumentId(bad), String(bad)).toBe(false);
    expect(DOCUMENT_ID.source).toBe('^[a-z0-9]{24}$');
  });
});
