import { describe, expect, it } from 'vitest';
import { diffPublishedVersions, type PublishedVersion } from './diff-published-versions';

const version = (locale: string | null, id: number, at = 1000): PublishedVersion => ({ locale, id, publishedAt: at, updatedAt: at });

describe('diffPublishedVersions', () => {
  it('reports a locale that went live as published, one republished as updated, one left alone as nothing', () => {
    expect(
      diffPublishedVersions([version('fr', 1), version('de', 2)], [version('fr', 7, 2000), version('de', 2), version('nl', 8)], false),
    ).toEqual([
      { locale: 'fr', action: 'update' },
      { locale: 'nl', action: 'publish' },
    ]);
  });

  it('tells an unpublished locale from a deleted one by the write that removed it', () => {
    expect(diffPublishedVersions([version('fr', 1), version('de', 2)], [version('de', 2)], false)).toEqual([
      { locale: 'fr', action: 'unpublish' },
    ]);
    expect(diffPublishedVersions([version('fr', 1), version('de', 2)], [], true)).toEqual([
      { locale: 'de', action: 'delete' },
      { locale: 'fr', action: 'delete' },
    ]);
  });

  it('sees an update in place (a kind without drafts) by its time, and records nothing for a draft', () => {
    expect(diffPublishedVersions([version(null, 3, 1000)], [{ ...version(null, 3, 1000), updatedAt: 1500 }], false)).toEqual([
      { locale: null, action: 'update' },
    ]);
    expect(diffPublishedVersions([version('fr', 1)], [version('fr', 1)], false)).toEqual([]);
    expect(diffPublishedVersions([], [], false)).toEqual([]);
  });
});
