import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { contentTypeNamed } from '@communes/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTownProcess } from '../lib/start-town-process';

const ADMIN = { email: 'clerk@testtown.example', password: 'Clerk-password-1' };

/** Starts a town on `dataDir`, waits until it listens, stops it: a start and a clean stop. */
async function runTownOnce(dataDir: string, locales: string): Promise<void> {
  const town = await startTownProcess({
    env: {
      TOWN_CODE: 'testtown',
      TOWN_LOCALES: locales,
      TOWN_DATA_DIR: dataDir,
      DATABASE_URL: '',
      TOWN_ADMIN_EMAIL: ADMIN.email,
      TOWN_ADMIN_PASSWORD: ADMIN.password,
    },
  });
  await town.stop();
}

/** The town's SQLite file, read while no town runs on it. */
const openDatabase = (dataDir: string) => new Database(join(dataDir, 'town.db'));

interface CmConfiguration {
  settings: { mainField: string };
  metadatas: Record<
    string,
    { edit: { label: string; description?: string; editable?: boolean; mainField?: unknown }; list: { label: string } }
  >;
  layouts: { list: string[] };
}

const configurationKey = (uid: string) => `plugin_content_manager_configuration_content_types::${uid}`;
const readStore = <T>(db: Database.Database, key: string): T =>
  JSON.parse((db.prepare('SELECT value FROM strapi_core_store_settings WHERE key = ?').get(key) as { value: string }).value) as T;
const writeStore = (db: Database.Database, key: string, value: unknown) =>
  db.prepare('UPDATE strapi_core_store_settings SET value = ? WHERE key = ?').run(JSON.stringify(value), key);

/** The Editor role's permissions as "action subject" lines, and the locales each holds. */
function editorPermissions(db: Database.Database) {
  const rows = db
    .prepare(
      `SELECT p.action, p.subject, p.properties FROM admin_permissions p
       JOIN admin_permissions_role_lnk l ON l.permission_id = p.id
       JOIN admin_roles r ON r.id = l.role_id WHERE r.code = 'strapi-editor'`,
    )
    .all() as { action: string; subject: string | null; properties: string }[];
  return rows.map(({ action, subject, properties }) => ({
    line: `${action} ${subject ?? '-'}`,
    locales: (JSON.parse(properties) as { locales?: string[] }).locales,
    fields: (JSON.parse(properties) as { fields?: string[] }).fields,
  }));
}

describe('a town for editors (TOWN_LOCALES=fr), started twice', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'communes-editors-fr-'));
  let first: ReturnType<typeof editorPermissions>;
  let communesTypes: string[];
  const localeName = (db: Database.Database) =>
    (db.prepare('SELECT name FROM i18n_locale WHERE code = ?').get('fr') as { name: string }).name;
  let firstLocaleName: string;

  beforeAll(async () => {
    await runTownOnce(dataDir, 'fr');
    const db = openDatabase(dataDir);
    first = editorPermissions(db);
    firstLocaleName = localeName(db);
    // The name Strapi, and this plugin before, gave the locale.
    db.prepare('UPDATE i18n_locale SET name = ? WHERE code = ?').run('French (fr)', 'fr');
    communesTypes = (
      db.prepare('SELECT key FROM strapi_core_store_settings WHERE key LIKE ?').all(`${configurationKey('plugin::communes-')}%`) as {
        key: string;
      }[]
    ).map(({ key }) => key.split('::').slice(1).join('::'));
    // What a town does in the admin panel, and what version 1 of the settings left behind.
    const item = readStore<CmConfiguration>(db, configurationKey('plugin::communes-council.agenda-item'));
    item.metadatas.name!.edit.label = 'Intitulé du point (notre mot)';
    writeStore(db, configurationKey('plugin::communes-council.agenda-item'), item);
    // As if the model had new words since: the next start applies them where the town changed nothing.
    const appliedKey = 'plugin_communes-council_content-manager-configured:agenda-item';
    writeStore(db, appliedKey, { ...readStore<{ version: string }>(db, appliedKey), version: 'older' });
    const paper = readStore<CmConfiguration>(db, configurationKey('plugin::communes-council.paper'));
    paper.metadatas.name!.edit.label = 'Name';
    paper.metadatas.reference!.edit.label = 'Réf. (notre mot)';
    writeStore(db, configurationKey('plugin::communes-council.paper'), paper);
    writeStore(db, 'plugin_communes-council_content-manager-configured:paper', true);
    db.close();
    await runTownOnce(dataDir, 'fr');
  }, 300_000);

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('names the locale in its own language, and renames the English default Strapi gave it', () => {
    expect(firstLocaleName).toBe('Français');
    const db = openDatabase(dataDir);
    expect(localeName(db)).toBe('Français');
    db.close();
  });

  it('has an Editor role for every Communes type and the media library, and nothing else, after the first start', () => {
    expect(communesTypes.length).toBe(14);
    const expected = [
      ...communesTypes.flatMap((uid) =>
        ['create', 'read', 'update', 'delete', 'publish'].map((action) => `plugin::content-manager.explorer.${action} ${uid}`),
      ),
      ...['read', 'configure-view', 'assets.create', 'assets.update', 'assets.download', 'assets.copy-link'].map(
        (action) => `plugin::upload.${action} -`,
      ),
    ].sort();
    expect(first.map(({ line }) => line).sort()).toEqual(expected);
    expect(first.some(({ line }) => /users-permissions|content-type-builder|marketplace|settings/.test(line))).toBe(false);
    expect(first.find(({ line }) => line === 'plugin::content-manager.explorer.update plugin::communes-council.meeting')?.locales).toEqual([
      'fr',
    ]);
  });

  it("gives the Editor no access to a service request's personal data (its private fields), on any action", () => {
    const personal = Object.entries(contentTypeNamed('service-request').fields)
      .filter(([, field]) => field.private)
      .map(([name]) => name);
    expect(personal).toContain('requesterEmail');
    for (const action of ['create', 'read', 'update']) {
      const fields = first.find(
        ({ line }) => line === `plugin::content-manager.explorer.${action} plugin::communes-requests.service-request`,
      )?.fields;
      expect(fields, action).toContain('description');
      expect(
        fields?.filter((field) => personal.includes(field)),
        action,
      ).toEqual([]);
    }
  });

  it('keeps exactly those permissions after a restart', () => {
    const db = openDatabase(dataDir);
    try {
      expect(editorPermissions(db).sort((a, b) => a.line.localeCompare(b.line))).toEqual(
        [...first].sort((a, b) => a.line.localeCompare(b.line)),
      );
    } finally {
      db.close();
    }
  });

  it('labels agenda items in French, titles them by name and lists whether each is public', () => {
    const db = openDatabase(dataDir);
    try {
      const item = readStore<CmConfiguration>(db, configurationKey('plugin::communes-council.agenda-item'));
      expect(item.settings.mainField).toBe('name');
      expect(item.layouts.list).toContain('public');
      expect(item.metadatas.public?.edit.label).toBe('En séance publique');
      expect(item.metadatas.public?.list.label).toBe('En séance publique');
      expect(item.metadatas.public?.edit.description).toMatch(/huis clos/);
      expect(item.metadatas.meeting?.edit.label).toBe('Séance');
      const service = readStore<CmConfiguration>(db, configurationKey('plugin::communes-services.public-service'));
      expect(service.settings.mainField).toBe('name');
      expect(service.metadatas.processingTime?.edit.label).toBe('Délai');
    } finally {
      db.close();
    }
  });

  it('shows the inverse side of a relation read-only, in plain words, with the target named by its name', () => {
    const db = openDatabase(dataDir);
    try {
      const meeting = readStore<CmConfiguration>(db, configurationKey('plugin::communes-council.meeting'));
      expect(meeting.metadatas.agendaItems?.edit).toMatchObject({ label: 'Points de l’ordre du jour', editable: false });
      expect(JSON.stringify(meeting.metadatas.agendaItems?.edit.mainField)).toContain('name');
      expect(JSON.stringify(meeting)).not.toMatch(/Inverse of/);
    } finally {
      db.close();
    }
  });

  it("keeps, across a restart, the labels the town changed, and upgrades version 1's English names", () => {
    const db = openDatabase(dataDir);
    try {
      const item = readStore<CmConfiguration>(db, configurationKey('plugin::communes-council.agenda-item'));
      expect(item.metadatas.name?.edit.label).toBe('Intitulé du point (notre mot)');
      expect(item.metadatas.public?.edit.label).toBe('En séance publique');
      expect(readStore<{ version: string }>(db, 'plugin_communes-council_content-manager-configured:agenda-item').version).toMatch(
        /^[0-9a-f]{12}$/,
      );
      const paper = readStore<CmConfiguration>(db, configurationKey('plugin::communes-council.paper'));
      expect(paper.metadatas.name?.edit.label).toBe('Titre');
      expect(paper.metadatas.reference?.edit.label).toBe('Réf. (notre mot)');
    } finally {
      db.close();
    }
  });

  it("gives the first admin the town's main language", () => {
    const db = openDatabase(dataDir);
    try {
      const admin = db.prepare('SELECT prefered_language AS language FROM admin_users WHERE email = ?').get(ADMIN.email) as {
        language: string;
      };
      expect(admin.language).toBe('fr');
    } finally {
      db.close();
    }
  });
});

describe('a Dutch-speaking town (TOWN_LOCALES=nl)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'communes-editors-nl-'));

  beforeAll(() => runTownOnce(dataDir, 'nl,fr'), 180_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('labels the forms in Dutch and gives the Editor role both locales', () => {
    const db = openDatabase(dataDir);
    try {
      const item = readStore<CmConfiguration>(db, configurationKey('plugin::communes-council.agenda-item'));
      expect(item.settings.mainField).toBe('name');
      expect(item.metadatas.public?.edit.label).toBe('In openbare zitting');
      expect(item.metadatas.name?.edit.label).toBe('Titel');
      const update = editorPermissions(db).find(
        ({ line }) => line === 'plugin::content-manager.explorer.update plugin::communes-council.meeting',
      );
      expect(update?.locales?.sort()).toEqual(['fr', 'nl']);
    } finally {
      db.close();
    }
  });
});
