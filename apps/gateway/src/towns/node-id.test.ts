import { describe, expect, it } from 'vitest';
import { decodeNodeId, encodeNodeId, encodeTownId, toLocaleFreeId } from './node-id';

const text = (id: string) => Buffer.from(id, 'base64url').toString('utf8');
const forge = (value: string) => Buffer.from(value).toString('base64url');

describe('global ids', () => {
  it('encode the town, the kind, the documentId and, for a localized entry, the locale it was read in', () => {
    const fr = encodeNodeId({ town: 'eupen', kind: 'event', documentId: 'evt1', locale: 'fr' });
    const de = encodeNodeId({ town: 'eupen', kind: 'event', documentId: 'evt1', locale: 'de' });
    expect(text(fr)).toBe('communes:eupen:event:evt1:fr');
    expect(fr).not.toBe(de);
    expect(decodeNodeId(fr)).toEqual({ type: 'entry', town: 'eupen', kind: 'event', documentId: 'evt1', locale: 'fr' });
    expect(decodeNodeId(encodeNodeId({ town: 'eupen', kind: 'event', documentId: 'evt1', locale: 'fr-BE' }))).toMatchObject({
      locale: 'fr-BE',
    });
  });

  it('decode an id issued before locales were part of ids, without one', () => {
    const old = forge('communes:eupen:event:evt1');
    expect(encodeNodeId({ town: 'eupen', kind: 'event', documentId: 'evt1' })).toBe(old);
    expect(decodeNodeId(old)).toEqual({ type: 'entry', town: 'eupen', kind: 'event', documentId: 'evt1' });
  });

  it('name an entry whatever its locale, for calendar UIDs and feed guids, as ids did before locales', () => {
    const old = encodeNodeId({ town: 'eupen', kind: 'event', documentId: 'evt1' });
    for (const locale of ['fr', 'de', undefined])
      expect(toLocaleFreeId(encodeNodeId({ town: 'eupen', kind: 'event', documentId: 'evt1', locale }))).toBe(old);
    expect(toLocaleFreeId(encodeTownId('eupen'))).toBe(encodeTownId('eupen'));
  });

  it("give a town an id of its own, which no entry's id can be", () => {
    expect(text(encodeTownId('eupen'))).toBe('communes:eupen');
    expect(decodeNodeId(encodeTownId('eupen'))).toEqual({ type: 'town', town: 'eupen' });
  });

  it.each([
    ['not base64url', 'nope!'],
    ['padded', `${forge('communes:eupen:event:evt1')}=`],
    ['another prefix', forge('relay:eupen:event:evt1')],
    ['no part', forge('communes:')],
    ['two parts', forge('communes:eupen:event')],
    ['five parts', forge('communes:eupen:event:evt1:fr:de')],
    ['an empty part', forge('communes:eupen::evt1')],
    ['a locale that is no locale code', forge('communes:eupen:event:evt1:FR')],
    ['markup for a locale', forge('communes:eupen:event:evt1:<b>')],
    ['bytes that are not UTF-8', Buffer.from([0x63, 0x6f, 0x6d, 0xff]).toString('base64url')],
  ])('refuse %s as BAD_USER_INPUT, naming the argument', (_, id) => {
    expect(() => decodeNodeId(id)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'id' } }));
    expect(() => decodeNodeId(id)).toThrow(`"${id.slice(0, 80)}" is not a node id of this gateway.`);
  });
});
