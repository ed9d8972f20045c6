import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';
import { compareVersions, latestPlugins, modelsDiffering, upgradesDue } from './plugin-upgrades';
import { type TownRow, townsTable } from './towns-table';

const news = (version: string, modelFingerprint: string) => ({ name: 'communes-news', version, modelFingerprint });
const council = (version: string) => ({ name: 'communes-council', version, modelFingerprint: `council-${version}` });

const member = (name: string, plugins: TownRow['plugins']): TownRow => ({
  code: name.toLowerCase(),
  name,
  kindFr: 'Commune',
  kindNl: 'Gemeente',
  kindDe: 'Gemeinde',
  kindEn: 'Municipality',
  groups: [],
  status: { state: 'UP', latencyMs: 12, lastSeen: null },
  plugins,
  pluginsOutsideKind: name === 'Eupen' ? ['urbanism'] : [],
  ...(name === 'Sambreville'
    ? { followsFr: ['Région wallonne', 'Seneffe'], followsNl: ['Waals Gewest', 'Seneffe'], followsDe: [], followsEn: [] }
    : { followsFr: [], followsNl: [], followsDe: [], followsEn: [] }),
  harvest: null,
});

describe('what a central body coordinates: upgrades and models', () => {
  const members = [
    member('Seneffe', [news('0.10.0', 'sha256:b'), council('1.0.0')]),
    member('Sambreville', [news('0.9.0', 'sha256:a'), council('1.0.0-rc.1')]),
    member('Eupen', [news('0.10.0', 'sha256:c')]),
    member('Fleurus', [news('0.10.0', 'sha256:b'), council('1.0.0')]),
  ];

  it('orders versions by their numbers, a pre-release before its release', () => {
    expect(compareVersions('0.10.0', '0.9.0')).toBe(1);
    expect(compareVersions('0.9.0', '0.10.0')).toBe(-1);
    expect(compareVersions('1.0.0-rc.1', '1.0.0')).toBe(-1);
    expect(compareVersions('1.0.0-rc.2', '1.0.0-rc.1')).toBe(1);
    expect(compareVersions('2.1.0', '2.1.0')).toBe(0);
  });

  it("takes the network's newest version of each plugin, with the model most members at it serve", () => {
    expect(Object.fromEntries(latestPlugins(members))).toEqual({
      'communes-news': { version: '0.10.0', modelFingerprint: 'sha256:b' },
      'communes-council': { version: '1.0.0', modelFingerprint: 'council-1.0.0' },
    });
  });

  it('names the upgrades a member is due, and the models that differ at the same version', () => {
    const latest = latestPlugins(members);
    expect(upgradesDue(members[1]!.plugins, latest)).toEqual(['communes-news 0.9.0 → 0.10.0', 'communes-council 1.0.0-rc.1 → 1.0.0']);
    expect(upgradesDue(members[0]!.plugins, latest)).toEqual([]);
    expect(modelsDiffering(members[2]!.plugins, latest)).toEqual(['communes-news']);
    // Behind is not "differs": its model is expected to be older.
    expect(modelsDiffering(members[1]!.plugins, latest)).toEqual([]);
  });

  it('shows both in the towns table, in the page’s language', () => {
    const table = townsTable(members, MESSAGES.fr, 'fr');
    const column = (title: string) => table.columns.indexOf(title);
    expect(table.columns).toEqual(expect.arrayContaining(['Mises à jour en attente', 'Modèle différent (même version)']));
    expect(
      table.rows.map((row) => [row[0], row[column('Mises à jour en attente')], row[column('Modèle différent (même version)')]]),
    ).toEqual([
      ['Eupen', null, 'communes-news'],
      ['Fleurus', null, null],
      ['Sambreville', 'communes-news 0.9.0 → 0.10.0, communes-council 1.0.0-rc.1 → 1.0.0', null],
      ['Seneffe', null, null],
    ]);
    expect(table.rows.map((row) => row[column('Plugins hors de son type')])).toEqual(['urbanism', null, null, null]);
    // In the page's language, as the gateway names them.
    expect(table.rows.map((row) => row[column('Suit (listes partagées)')])).toEqual([null, null, 'Région wallonne, Seneffe', null]);
  });
});

describe('versions a broken or hostile town reports', () => {
  it('orders them without throwing, and names them as text', () => {
    const members = [
      member('Seneffe', [news('0.2.0', 'sha256:a')]),
      member('Hostile', [news('<img src=x onerror=alert(1)>', 'x'), council('')]),
    ];
    expect(() => townsTable(members, MESSAGES.en, 'en')).not.toThrow();
    expect(compareVersions('abc', '1.0.0')).toBeTypeOf('number');
    expect(latestPlugins(members).get('communes-news')!.version).toBe('0.2.0');
  });
});
