import { contentTypeNamed } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { keepPublicFields } from './keep-public-fields';

const item = contentTypeNamed('agenda-item');
const paper = contentTypeNamed('paper');
const request = contentTypeNamed('service-request');

describe('keepPublicFields', () => {
  it("keeps an open item's fields, and drops what a town added of its own", () => {
    const kept = keepPublicFields(item, {
      id: 7,
      documentId: 'x',
      locale: 'fr',
      name: 'Budget',
      public: true,
      resolutionText: 'Adopté',
      townNote: 'interne',
    });
    expect(kept).toEqual({ documentId: 'x', locale: 'fr', name: 'Budget', public: true, resolutionText: 'Adopté' });
  });

  it('keeps of a closed item, or one without its flag, only what the model lets it show', () => {
    for (const flag of [{ public: false }, {}]) {
      const kept = keepPublicFields(item, {
        documentId: 'x',
        name: 'Personnel',
        number: '4',
        resolutionText: 'Confidentiel',
        result: 'accepted',
        ...flag,
      });
      expect(kept).not.toHaveProperty('resolutionText');
      expect(kept).not.toHaveProperty('result');
      expect(kept).toMatchObject({ documentId: 'x', name: 'Personnel', number: '4' });
    }
  });

  it("drops closed items from a paper's agenda items, and a requester's private fields", () => {
    const kept = keepPublicFields(paper, {
      documentId: 'p',
      name: 'Comptes',
      agendaItems: [{ documentId: 'open', public: true }, { documentId: 'closed', public: false }, { documentId: 'unknown' }],
    });
    expect(kept.agendaItems).toEqual([{ documentId: 'open' }]);
    expect(keepPublicFields(item, { documentId: 'i', public: true, meeting: { id: 3, documentId: 'm' } }).meeting).toEqual({
      documentId: 'm',
    });
    const requester = Object.entries(request.fields).find(([, field]) => field.private)?.[0];
    expect(requester).toBeDefined();
    expect(keepPublicFields(request, { documentId: 'r', [requester!]: 'someone@example.org' })).toEqual({ documentId: 'r' });
  });
});
