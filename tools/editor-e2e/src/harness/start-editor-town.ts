import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTownProcess } from '@communes/town';
import { createAdminAccount, type TownAccount } from './create-town-accounts';

export interface EditorTown {
  /** The town's code, as the gateway's registry names it. */
  code: string;
  name: string;
  locales: readonly string[];
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** The REST root, `${url}/api`. */
  api: string;
  /** The Editor-role account the browser logs in with. */
  account: TownAccount;
  /** The super admin the operator made first (the town's secretariat): the settings' scenarios log in as it. */
  chief: TownAccount;
  /** How long the accounts took to make, and the town to listen. */
  startMs: number;
  stop(): Promise<void>;
}

// Strapi's rules: a lowercase and an uppercase letter and a digit.
const newPassword = () => `Aa1${randomBytes(12).toString('base64url')}`;

/**
 * A fresh town with its admin panel, on SQLite in a temporary folder and a free port. Before it
 * starts, its operator makes its accounts with `create-admin.js`: the first admin (a super admin,
 * as Strapi wants one first), then the editor's, with the Editor role, whom the browser plays.
 * The admin panel must be built (see hold-admin-panel.ts).
 */
export async function startEditorTown({
  locales = ['fr', 'nl'],
  identity = { code: 'villette', name: 'Villette' },
  networkUrl,
}: {
  /** TOWN_LOCALES: the first is the town's main language, its editors' admin language. */
  locales?: readonly string[];
  /** TOWN_CODE and TOWN_NAME. */
  identity?: { code: string; name: string };
  /** TOWN_NETWORK_URL: the gateway whose members the admin offers by name. */
  networkUrl?: string;
} = {}): Promise<EditorTown> {
  const dataDir = mkdtempSync(join(tmpdir(), 'communes-editor-e2e-'));
  const env = {
    TOWN_CODE: identity.code,
    TOWN_NAME: identity.name,
    TOWN_LOCALES: locales.join(','),
    TOWN_DATA_DIR: join(dataDir, 'town'),
    DATABASE_URL: undefined,
    TOWN_ADMIN_EMAIL: undefined,
    TOWN_NETWORK_URL: networkUrl,
  };
  const accountFile = (name: string, account: TownAccount) => {
    const file = join(dataDir, name);
    writeFileSync(file, `${account.password}\n`, { mode: 0o600 });
    return file;
  };
  const chief = { email: 'secretariat@ville.test', password: newPassword() };
  const account = { email: 'redaction@ville.test', password: newPassword() };
  const started = Date.now();
  try {
    await createAdminAccount(env, { email: chief.email, passwordFile: accountFile('chief-password', chief), role: 'super-admin' });
    await createAdminAccount(env, { email: account.email, passwordFile: accountFile('editor-password', account), role: 'editor' });
    const town = await startTownProcess({ env: { ...env, TOWN_ADMIN_PANEL: 'true' } });
    return {
      ...identity,
      locales,
      url: town.url,
      api: town.api,
      account,
      chief,
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
