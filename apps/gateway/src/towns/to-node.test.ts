import { contentTypeNamed } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { decodeNodeId } from './node-id';
import { toNode } from './to-node';

const town = { code: 'eupen', url: 'http://127.0.0.1:1339' };
const item = contentTypeNamed('agenda-item');
const paper = contentTypeNamed('paper');
const serviceRequest = contentTypeNamed('service-request');

// What an older or broken town might send for a closed-session item: every field filled in.
const leaky = {
  documentId: 'itemclosed00000000000000',
  locale: 'de',
  name: 'Personalangelegenheit',
  number: '12',
  order: 11,
  public: false,
  meeting: { documentId: 'meeting00000000000000000' },
  result: 'refused',
  resolutionText: 'Geheim',
  start: '2026-03-09T19:00:00.000Z',
  end: '2026-03-09T19:30:00.000Z',
  decision: { documentId: 'paper0000000000000000000' },
  papers: [{ documentId: 'paper0000000000000000000' }],
  resolutionFile: { url: '/uploads/geheim.pdf', name: 'geheim.pdf' },
  auxiliaryFiles: [{ url: '/uploads/anlage.pdf' }],
};

describe('toNode', () => {
  it('withholds what a closed-session item keeps in the town, whatever the town sent', () => {
    const node = toNode(leaky, item, town);
    expect(node).toMatchObject({ name: 'Personalangelegenheit', number: '12', order: 11, public: false, auxiliaryFiles: [] });
    for (const field of ['result', 'resolutionText', 'start', 'end', 'resolutionFile', 'decision', 'papers'])
      expect(node[field], field).toBeUndefined();
    expect(node.__relations).toEqual({ meeting: ['meeting00000000000000000'] });
  });

  it('withholds them too when the town did not send the flag', () => {
    const { public: _, ...flagless } = leaky;
    const node = toNode(flagless, item, town);
    expect(node.resolutionText).toBeUndefined();
    expect(node.__relations).toEqual({ meeting: ['meeting00000000000000000'] });
  });

  it('serves an open item whole', () => {
    const node = toNode({ ...leaky, public: true }, item, town);
    expect(node).toMatchObject({
      result: 'refused',
      resolutionText: 'Geheim',
      start: leaky.start,
      resolutionFile: { url: 'http://127.0.0.1:1339/uploads/geheim.pdf' },
    });
    expect(node.__relations).toMatchObject({ decision: ['paper0000000000000000000'], papers: ['paper0000000000000000000'] });
  });

  it("leaves closed items out of a paper's agenda items, and items whose flag it did not get", () => {
    const node = toNode(
      {
        documentId: 'paper0000000000000000000',
        agendaItems: [{ documentId: 'open', public: true }, { documentId: 'closed', public: false }, { documentId: 'unknown' }],
        decidedInAgendaItems: [{ documentId: 'closed', public: false }],
        relatedPapers: [{ documentId: 'other' }],
      },
      paper,
      town,
    );
    expect(node.__relations).toEqual({ agendaItems: ['open'], decidedInAgendaItems: [], relatedPapers: ['other'] });
  });
});

describe('toNode: files', () => {
  it("makes a file's URL absolute on the town's public address, never the one the gateway reads it at", () => {
    const node = toNode({ ...leaky, public: true }, item, {
      code: 'eupen',
      url: 'http://10.0.3.7:1337',
      publicUrl: 'https://cms.eupen.example',
    });
    expect(node.resolutionFile).toMatchObject({ url: 'https://cms.eupen.example/uploads/geheim.pdf' });
    expect(node.auxiliaryFiles).toEqual([expect.objectContaining({ url: 'https://cms.eupen.example/uploads/anlage.pdf' })]);
  });
});

describe('toNode: identity', () => {
  it('puts the locale a localized entry was read in into its id, and none for a kind that is not localized', () => {
    expect(decodeNodeId(toNode(leaky, item, town, 'de').id)).toEqual({
      type: 'entry',
      town: 'eupen',
      kind: 'agenda-item',
      documentId: leaky.documentId,
      locale: 'de',
    });
    expect(toNode(leaky, item, town, 'fr').id).not.toBe(toNode(leaky, item, town, 'de').id);
    const request = { documentId: 'request00000000000000000', requestStatus: 'open' };
    expect(decodeNodeId(toNode(request, serviceRequest, town, 'de').id)).toEqual({
      type: 'entry',
      town: 'eupen',
      kind: 'service-request',
      documentId: request.documentId,
    });
  });
});
