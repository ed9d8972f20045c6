import { communesModel } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { kitchenSinkModel } from '../testing/kitchen-sink-model';
import { toEntryTypes } from './to-entry-types';
import { toGraphqlTypes } from './to-graphql-types';
import { typeCheck } from '../testing/type-check';

const entries = toEntryTypes(kitchenSinkModel);
const graphql = toGraphqlTypes(kitchenSinkModel);
const checkEntries = (probe: string) =>
  typeCheck({ 'entries.ts': entries, 'probe.ts': `import type * as T from './entries';\n${probe}\nexport {};\n` });
const checkGraphql = (probe: string) =>
  typeCheck({ 'graphql.ts': graphql, 'probe.ts': `import type * as T from './graphql';\n${probe}\nexport {};\n` });

describe('generated TypeScript types', () => {
  it('compile on their own, for the whole Communes model', () => {
    expect(typeCheck({ 'entries.ts': toEntryTypes(communesModel) })).toEqual([]);
    expect(typeCheck({ 'graphql.ts': toGraphqlTypes(communesModel) })).toEqual([]);
  });

  describe('town side', () => {
    it('types an input with its required fields, relations by documentId and media by id', () => {
      expect(
        checkEntries(`const input: T.KitchenSinkInput = {
          title: 'Hello', at: '2026-01-01T00:00:00Z', colour: 'blue', colours: ['red'], recipients: ['eupen'],
          geoLatitude: 50.1, geoLongitude: 4.2, photo: 3, files: [4], owner: 'abc', tags: ['def'],
          slots: [{ day: 'red', opens: '10:00' }], secret: 'kept@example.org',
        };`),
      ).toEqual([]);
    });

    it('refuses an input without a required field, or with an unknown code', () => {
      expect(checkEntries(`const input: T.KitchenSinkInput = { title: 'Hello' };`).join()).toMatch(/'at' is missing/);
      expect(checkEntries(`const input: T.KitchenSinkInput = { title: 'x', at: 'y', colour: 'green' };`).join()).toMatch(/"green"/);
    });

    it('leaves private fields out of the entry a town serves', () => {
      expect(checkEntries(`const entry: T.KitchenSinkEntry = { id: 1, documentId: 'a', secret: 'x' };`).join()).toMatch(
        /'secret' does not exist/,
      );
      expect(
        checkEntries(`const entry: T.KitchenSinkEntry = { id: 1, documentId: 'a', owner: { id: 2, documentId: 'b', label: 'l' } };`),
      ).toEqual([]);
    });
  });

  describe('gateway side', () => {
    it('types a node with nullable optional fields, non-null required ones, lists and nested relations', () => {
      expect(
        checkGraphql(`const drawer = {} as T.Drawer;
          const node: T.KitchenSink = {
            id: 'x', documentId: 'd', locale: 'fr', createdAt: null, updatedAt: null, publishedAt: null,
            title: 'Hello', code: null, body: null, story: null, count: 1, price: null, open: true, day: null, at: '2026-01-01T00:00:00Z',
            time: null, mail: null, site: null, colour: 'red', colours: [], recipients: ['eupen'], geo: { latitude: 1, longitude: 2 },
            photo: null, files: [], slot: null, slots: [], extra: null, owner: drawer, drawers: [], twin: null,
            tags: [drawer], oneWay: null, manyWay: [], related: [], relatedFrom: [],
          };`),
      ).toEqual([]);
      expect(checkGraphql(`const n = {} as T.KitchenSink; const title: string = n.title; const at: string = n.at;`)).toEqual([]);
      expect(checkGraphql(`const n = {} as T.KitchenSink; const code: string = n.code;`).join()).toMatch(/'null' is not assignable/);
    });

    it('types a vocabulary filter with its codes', () => {
      expect(
        checkGraphql(`const f: T.KitchenSinkFiltersInput = { colour: { in: ['red'], ne: 'blue' }, colours: { containsAny: ['red'] } };`),
      ).toEqual([]);
      expect(checkGraphql(`const f: T.KitchenSinkFiltersInput = { colour: { eq: 'green' } };`).join()).toMatch(/"green"/);
    });

    it('has no private field and types filters and order', () => {
      expect(checkGraphql(`const n = {} as T.KitchenSink; n.secret;`).join()).toMatch(/'secret' does not exist/);
      expect(
        checkGraphql(
          `const f: T.KitchenSinkFiltersInput = { title: { containsi: 'x' }, owner: { label: { eq: 'y' } }, or: [{ count: { gte: 2 } }] };`,
        ),
      ).toEqual([]);
      expect(checkGraphql(`const o: T.KitchenSinkOrder = { field: 'secret' };`).join()).toMatch(/"secret"/);
    });
  });
});
