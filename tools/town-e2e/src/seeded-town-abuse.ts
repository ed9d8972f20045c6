import { contentTypeNamed, namingOf } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import type { createTownHttpClient, Entry } from './town-http-client';

const path = (singular: string) => namingOf(contentTypeNamed(singular)).restPath;
const MEETINGS = path('meeting');
const ITEMS = path('agenda-item');
const PAPERS = path('paper');
const EVENTS = path('event');
const REQUESTS = path('service-request');
/** `param[0]=v0&param[1]=v1…`, as a client writes a list in a query string. */
const list = (param: string, values: readonly string[]) =>
  values.map((value, i) => `${param}[${i}]=${encodeURIComponent(value)}`).join('&');

/**
 * What a hostile or careless client sends a seeded town, and what it must get: a 400 in
 * Strapi's error format naming the parameter, never a 500, a private field found by search,
 * a draft, or an answer to another question. Each of these was seen answering otherwise on
 * Strapi 5.54 before the query guard checked it.
 */
export function defineQueryAbuseTests(town: () => ReturnType<typeof createTownHttpClient>) {
  describe('hostile queries get a 400 naming the parameter, never a 500 or a leak', () => {
    it.each([
      // Full-text search reached private fields: it found (and counted) a requester's e-mail.
      ['full-text search for a private e-mail', REQUESTS, '_q=resident.17@example.org', '_q'],
      ['full-text search counting every request', REQUESTS, '_q=example.org&pagination[withCount]=true', '_q'],
      ['which entries have unpublished edits', MEETINGS, 'publicationFilter=modified', 'publicationFilter'],
      ['which entries were never published', MEETINGS, 'hasPublishedVersion=false', 'hasPublishedVersion'],
      ['a parameter the API does not take', MEETINGS, 'publicationState=preview', 'publicationState'],
      // HTTP 500 from knex or the database:
      ['$between with one value', MEETINGS, 'filters[start][$between][0]=2026-01-01T00:00:00Z', 'filters[start][$between]'],
      ['$between with one day', PAPERS, 'filters[date][$between][0]=2026-01-01', 'filters[date][$between]'],
      [
        '$between with three values',
        PAPERS,
        list('filters[date][$between]', ['2026-01-01', '2026-06-01', '2026-12-31']),
        'filters[date][$between]',
      ],
      ['an integer that is not one', ITEMS, 'filters[order][$eq]=abc', 'filters[order][$eq]'],
      ['an empty integer', ITEMS, 'filters[order][$gt]=', 'filters[order][$gt]'],
      ['an integer out of range', ITEMS, 'filters[order][$eq]=99999999999', 'filters[order][$eq]'],
      ['a bad value in a list', ITEMS, list('filters[order][$in]', ['1', 'x']), 'filters[order][$in][1]'],
      ['$and that is not a list', MEETINGS, 'filters[$and]=x', 'filters[$and]'],
      ['an offset past any database', MEETINGS, 'pagination[start]=99999999999999999999', 'pagination[start]'],
      ['an operator without a field', MEETINGS, 'filters[$eq]=1', 'filters[$eq]'],
      ['a list of conditions for filters', MEETINGS, 'filters[0][name][$eq]=x', 'filters'],
      ['a bad value through a relation', MEETINGS, 'filters[agendaItems][order][$eq]=abc', 'filters[agendaItems][order][$eq]'],
      [
        'a bad value through localizations',
        MEETINGS,
        'filters[localizations][start][$between][0]=2026-01-01',
        'filters[localizations][start][$between]',
      ],
      ['a bad value through a file', MEETINGS, 'filters[invitation][size][$gt]=abc', 'filters[invitation][size][$gt]'],
      ['an operator and fields on one relation', ITEMS, 'filters[meeting][$eq]=1&filters[meeting][name][$eq]=x', 'filters[meeting]'],
      ['text search on a date', MEETINGS, 'filters[start][$contains]=2026', 'filters[start][$contains]'],
      ['a list of codes searched as text', EVENTS, 'filters[categories][$containsi]=concert', 'filters[categories][$containsi]'],
      [
        'a bad value in a populated relation',
        MEETINGS,
        'populate[agendaItems][filters][order][$eq]=abc',
        'populate[agendaItems][filters][order][$eq]',
      ],
      // Impossible dates: Strapi and V8 take some, the databases refuse others.
      ['an impossible day', PAPERS, 'filters[date][$eq]=2026-02-30', 'filters[date][$eq]'],
      ['an impossible instant', MEETINGS, 'filters[start][$gt]=2026-02-30T00:00:00Z', 'filters[start][$gt]'],
      ['year zero', PAPERS, 'filters[date][$gt]=0000-01-01', 'filters[date][$gt]'],
      // Answers to another question:
      [
        '101 documentIds (qs makes an object of them, Strapi drops it)',
        MEETINGS,
        list(
          'filters[documentId][$in]',
          Array.from({ length: 101 }, () => 'abcdefghijklmnopqrstuvwx'),
        ),
        'filters[documentId][$in]',
      ],
      ['a null value', MEETINGS, 'filters[start][$eq]', 'filters[start][$eq]'],
      ['a null field', MEETINGS, 'filters[start]', 'filters[start]'],
      ['$null that is not a boolean', MEETINGS, 'filters[livestreamUrl][$null]=maybe', 'filters[livestreamUrl][$null]'],
      ['a boolean that is not one', MEETINGS, 'filters[cancelled][$eq]=maybe', 'filters[cancelled][$eq]'],
      ['an object for a value (Strapi ignored the filter)', MEETINGS, 'filters[name][$eq][x]=1', 'filters[name][$eq]'],
      ['a field under a value', MEETINGS, 'filters[name][id][$eq]=abc', 'filters[name][id]'],
      // Populate without bounds, and a file's links to drafts of any type:
      [
        'relations four deep',
        MEETINGS,
        'populate[agendaItems][populate][meeting][populate][agendaItems][populate][meeting]=true',
        'populate[agendaItems][populate][meeting][populate][agendaItems][populate][meeting]',
      ],
      ["a file's related entries", MEETINGS, 'populate[invitation][populate][related]=true', 'populate[invitation][populate][related]'],
      ['every link of a file, related entries included', MEETINGS, 'populate[invitation][populate]=*', 'populate[invitation][populate]'],
    ])('%s', async (_, route, query, param) => {
      const { status, body } = await town().get(route, query);
      expect(status).toBe(400);
      expect(body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { source: 'query', param } } });
    });

    it('still takes a list of 100 documentIds, and $between with two values', async () => {
      const meetings = await town().all(MEETINGS, 'sort[0]=start:asc');
      const ids = meetings.map((m) => m.documentId);
      const padded = [...ids, ...Array.from({ length: 100 - ids.length }, () => 'zzzzzzzzzzzzzzzzzzzzzzzz')];
      const found = await town().all(MEETINGS, list('filters[documentId][$in]', padded));
      expect(found.map((m) => m.documentId).sort()).toEqual([...ids].sort());
      const [first, last] = [meetings[0]!, meetings[meetings.length - 1]!];
      const between = await town().all(MEETINGS, list('filters[start][$between]', [String(first.start), String(last.start)]));
      expect(between.length).toBe(meetings.length);
      const { body } = await town().get<Entry[]>(
        MEETINGS,
        `filters[cancelled][$eq]=false&${list('filters[start][$between]', ['2026-01-01', '2026-12-31T23:59:59Z'])}&pagination[pageSize]=1`,
      );
      expect(body.meta?.pagination.total).toBe(
        meetings.filter((m) => m.cancelled === false && String(m.start) >= '2026-01-01' && String(m.start) <= '2026-12-31T23:59:59Z')
          .length,
      );
    });
  });
}
