import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTownProcess } from '@communes/town';

export interface EditorTown {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** The REST root, `${url}/api`. */
  api: string;
  /** The account the browser logs in with. */
  account: { email: string; password: string };
  /** How long the town took to listen. */
  startMs: number;
  stop(): Promise<void>;
}

/**
 * A fresh town with its admin panel, on SQLite in a temporary folder and a free port, whose first
 * admin is made at start from TOWN_ADMIN_EMAIL and TOWN_ADMIN_PASSWORD_FILE, as an operator
 * would. The admin panel must be built (see hold-admin-panel.ts).
 */
export async function startEditorTown({ locales = ['fr', 'nl'] }: { locales?: readonly string[] } = {}): Promise<EditorTown> {
  const dataDir = mkdtempSync(join(tmpdir(), 'communes-editor-e2e-'));
  // Strapi's rules: a lowercase and an uppercase letter and a digit.
  const account = { email: 'redaction@ville.test', password: `Aa1${randomBytes(12).toString('base64url')}` };
  const passwordFile = join(dataDir, 'admin-password');
  writeFileSync(passwordFile, `${account.password}\n`, { mode: 0o600 });
  const started = Date.now();
  try {
    const town = await startTownProcess({
      env: {
        TOWN_CODE: 'villette',
        TOWN_NAME: 'Villette',
        TOWN_LOCALES: locales.join(','),
        TOWN_DATA_DIR: join(dataDir, 'town'),
        TOWN_ADMIN_PANEL: 'true',
        TOWN_ADMIN_EMAIL: account.email,
        TOWN_ADMIN_PASSWORD_FILE: passwordFile,
        DATABASE_URL: undefined,
      },
    });
    return {
      url: town.url,
      api: town.api,
      account,
      startMs: Date.now() - started,
      async stop() {
        try {
          await town.stop();
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
