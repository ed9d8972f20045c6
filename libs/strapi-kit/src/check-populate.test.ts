import { describe, expect, it } from 'vitest';
import { checkPopulate, MAX_POPULATE_PATHS } from './check-populate';
import type { ModelSchema } from './model-schema';

const MODELS: Record<string, ModelSchema> = {
  meeting: {
    attributes: {
      name: { type: 'string' },
      agendaItems: { type: 'relation', relation: 'oneToMany', target: 'item' },
      invitation: { type: 'media' },
      localizations: { type: 'relation', relation: 'oneToMany', target: 'meeting' },
      createdBy: { type: 'relation', relation: 'oneToOne', target: 'admin::user', private: true },
    },
  },
  item: { attributes: { order: { type: 'integer' }, meeting: { type: 'relation', relation: 'manyToOne', target: 'meeting' } } },
  'plugin::upload.file': {
    attributes: {
      name: { type: 'string' },
      related: { type: 'relation', relation: 'morphToMany' },
      folder: { type: 'relation', relation: 'manyToOne', target: 'plugin::upload.folder', private: true },
    },
  },
  /** A type with more relations than one request may populate. */
  wide: {
    attributes: Object.fromEntries(
      Array.from({ length: MAX_POPULATE_PATHS + 1 }, (_, i) => [`r${i}`, { type: 'relation', relation: 'manyToOne', target: 'item' }]),
    ),
  },
};
const check = (populate: unknown, type = 'meeting') => checkPopulate(populate, MODELS[type]!, (uid) => MODELS[uid]);

describe('checkPopulate', () => {
  it.each([
    ['every relation', '*'],
    ['a list', 'agendaItems,invitation'],
    ['dotted paths three deep', ['agendaItems.meeting.agendaItems']],
    ['three levels of objects', { agendaItems: { populate: { meeting: { populate: { agendaItems: { fields: ['order'] } } } } } }],
    ['what the gateway asks for', { agendaItems: { fields: ['documentId'] }, invitation: 'true' }],
    ['a relation left out', { agendaItems: 'false', localizations: false }],
    ['unknown and private relations, left to Strapi', { nope: { populate: '*' }, createdBy: 'true' }],
  ])('takes %s', (_, populate) => {
    expect(check(populate)).toBeUndefined();
  });

  it('refuses relations four levels deep, naming where', () => {
    expect(check({ agendaItems: { populate: { meeting: { populate: { agendaItems: { populate: { meeting: true } } } } } } })).toEqual({
      source: 'query',
      param: 'populate[agendaItems][populate][meeting][populate][agendaItems][populate][meeting]',
      message: 'populate[agendaItems][populate][meeting][populate][agendaItems][populate][meeting] populates 4 relations deep; at most 3.',
    });
    expect(check('agendaItems.meeting.agendaItems.meeting')).toMatchObject({ param: 'populate' });
    expect(check({ agendaItems: { populate: { meeting: { populate: { agendaItems: { populate: '*' } } } } } })).toMatchObject({
      param: 'populate[agendaItems][populate][meeting][populate][agendaItems][populate]',
    });
  });

  it('refuses more relations than the maximum in one request', () => {
    expect(check('*', 'wide')).toEqual({
      source: 'query',
      param: 'populate',
      message: `populate asks for ${MAX_POPULATE_PATHS + 1} relations; at most ${MAX_POPULATE_PATHS} in one request.`,
    });
  });

  it.each([
    [{ invitation: { populate: { related: true } } }, 'populate[invitation][populate][related]'],
    [{ invitation: { populate: '*' } }, 'populate[invitation][populate]'],
    [{ invitation: { populate: ['related'] } }, 'populate[invitation][populate]'],
    ['invitation.related', 'populate'],
  ])("refuses a file's links to entries of any type (drafts included): %j", (populate, param) => {
    expect(check(populate)).toMatchObject({
      source: 'query',
      param,
      message: expect.stringContaining('"related" links to entries of any type, drafts included'),
    });
  });

  it('refuses filters of a populated relation that are not conditions', () => {
    expect(check({ agendaItems: { filters: 'x' } })).toMatchObject({ param: 'populate[agendaItems][filters]' });
  });

  it('checks the filters of a populated relation against its type', () => {
    expect(check({ agendaItems: { filters: { order: { $eq: 'abc' } } } })).toEqual({
      source: 'query',
      param: 'populate[agendaItems][filters][order][$eq]',
      message: 'populate[agendaItems][filters][order][$eq] must be an integer, got "abc".',
    });
  });
});
