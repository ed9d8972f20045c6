import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ROOT, startTownProcess } from '@communes/town';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Town = Awaited<ReturnType<typeof startTownProcess>>;
/** A database of its own for one town: a SQLite file in its data folder, or PostgreSQL. */
export type CreateDatabase = () => Promise<{ url: string | undefined; drop(): Promise<void> }>;

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; error?: { status: number; name: string; message: string } } & Record<string, unknown>;
}

async function call(
  url: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: Answer['body'] = {};
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    parsed = { text };
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** `npm run admin:create -w @communes/town -- …`, in a child process with a town's environment. */
function createAdmin(
  args: string[],
  env: Record<string, string | undefined>,
  stdin = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(APP_ROOT, 'bin', 'create-admin.js'), ...args], {
    env: { ...process.env, TOWN_LOG_LEVEL: 'error', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

const login = (town: Town, email: string, password: string) =>
  call(`${town.url}/admin/login`, { method: 'POST', body: { email, password } });
const ATTACKER = { firstname: 'Eve', lastname: 'Attacker', email: 'eve@evil.test', password: 'Evil-password-1' };

/**
 * A town as it is put online: nobody but its operator can make its first admin, a town
 * without the admin panel serves no admin API, visitors get no accounts, CORS follows the
 * town's allow-list without credentials, and no header names the software.
 */
export function defineTownHardeningSuite(database: string, createDatabase: CreateDatabase) {
  describe(`a town put online, on ${database}`, () => {
    const root = mkdtempSync(join(tmpdir(), 'communes-hardening-'));
    const databases: Awaited<ReturnType<CreateDatabase>>[] = [];
    const newTown = async (name: string) => {
      const db = await createDatabase();
      databases.push(db);
      const env = { TOWN_CODE: name, TOWN_NAME: name, TOWN_LOCALES: 'fr', TOWN_DATA_DIR: join(root, name), DATABASE_URL: db.url };
      return (extra: Record<string, string> = {}) => ({ ...env, ...extra });
    };

    afterAll(async () => {
      for (const db of databases) await db.drop();
      rmSync(root, { recursive: true, force: true });
    });

    // Routes, CORS and headers of a town without its admin panel are the same over either
    // database (nothing here is stored): proved on SQLite, one Strapi start fewer in CI.
    describe.runIf(database === 'SQLite')('without the admin panel, and before anyone made an admin', () => {
      let town: Town;

      beforeAll(async () => {
        const env = await newTown('headless');
        town = await startTownProcess({ env: env({ TOWN_CORS_ORIGINS: 'https://www.headless.example' }) });
      });
      afterAll(async () => {
        await town?.stop();
      });

      it.each([
        ['GET', '/admin/init'],
        ['POST', '/admin/register-admin'],
        ['POST', '/ADMIN/Register-Admin/'],
        ['POST', '/admin/login'],
        ['GET', '/admin/project-type'],
        ['GET', '/content-manager/init'],
        ['GET', '/users-permissions/advanced'],
        ['GET', '/upload/files'],
        ['GET', '/communes-core/sharing'],
        ['PUT', '/communes-core/sharing'],
        ['GET', '/communes-core/network-members'],
      ])('serves no admin API: %s %s is a 404', async (method, path) => {
        const { status, body } = await call(`${town.url}${path}`, { method, body: method === 'POST' ? ATTACKER : undefined });
        expect(status).toBe(404);
        expect(body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
      });

      it.each([
        ['register', 'POST', '/api/auth/local/register', { username: 'eve', email: ATTACKER.email, password: ATTACKER.password }],
        ['log in', 'POST', '/api/auth/local', { identifier: ATTACKER.email, password: ATTACKER.password }],
        ['ask for a password reset e-mail', 'POST', '/api/auth/forgot-password', { email: ATTACKER.email }],
        ['ask for a confirmation e-mail', 'POST', '/api/auth/send-email-confirmation', { email: ATTACKER.email }],
        ['connect through a provider', 'GET', '/api/connect/github', undefined],
      ])('gives visitors no account: they cannot %s', async (_, method, path, body) => {
        const answer = await call(`${town.url}${path}`, { method, body });
        expect(answer.status).toBe(403);
        expect(answer.body).toMatchObject({ data: null, error: { status: 403, name: 'ForbiddenError' } });
      });

      it("lets the pages of its allow-list read it from a browser, without credentials, and no other site's", async () => {
        const api = `${town.api}/communes-core/manifest`;
        const allowed = await call(api, { headers: { origin: 'https://www.headless.example' } });
        expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.headless.example');
        expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
        const evil = await call(api, { headers: { origin: 'http://evil.test' } });
        expect(evil.status).toBe(200);
        expect(evil.headers.get('access-control-allow-origin')).toBeNull();
        expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
        const preflight = await call(api, {
          method: 'OPTIONS',
          headers: {
            origin: 'http://evil.test',
            'access-control-request-method': 'GET',
            'access-control-request-headers': 'authorization',
          },
        });
        expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
        expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
      });

      it('names no software and no exact version', async () => {
        const answer = await call(`${town.api}/communes-core/manifest`);
        expect(answer.headers.get('x-powered-by')).toBeNull();
        expect(answer.body.strapiVersion).toBe('5');
        expect(JSON.stringify(answer.body)).not.toMatch(/5\.\d+\.\d+/);
      });

      // Every browser asks for it; Strapi's favicon middleware (which Strapi requires) answered
      // 500 while the app shipped no favicon.png.
      it('answers /favicon.ico with its icon, not a server error', async () => {
        const answer = await fetch(`${town.url}/favicon.ico`);
        expect(answer.status).toBe(200);
        expect(
          Buffer.from(await answer.arrayBuffer())
            .subarray(1, 4)
            .toString(),
        ).toBe('PNG');
      });
    });

    describe('with the admin panel, its admins made on the server', () => {
      const password = 'Operator-password-1';
      let env: (extra?: Record<string, string>) => Record<string, string | undefined>;
      let passwordFile: string;
      let town: Town;
      let generated: string;

      beforeAll(async () => {
        env = await newTown('panel');
        passwordFile = join(root, 'operator-password');
        writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
        // The town has no admin until the CLI makes one, and it never starts in between.
        const first = await createAdmin(
          ['--email', 'Operator@Panel.example', '--firstname', 'Olga', '--password-stdin'],
          env(),
          `${password}\n`,
        );
        expect(first, first.stderr).toMatchObject({
          code: 0,
          stdout: expect.stringContaining('Super admin operator@panel.example created for the town "panel"'),
        });
        const second = await createAdmin(['--email', 'deputy@panel.example'], env());
        expect(second.code, second.stderr).toBe(0);
        generated = /Password \(shown once, keep it now\): (\S+)/.exec(second.stdout)?.[1] ?? '';
        // TOWN_ADMIN_EMAIL only applies to a town without an admin.
        town = await startTownProcess({
          env: env({ TOWN_ADMIN_PANEL: 'true', TOWN_ADMIN_EMAIL: 'late@panel.example', TOWN_ADMIN_PASSWORD_FILE: passwordFile }),
        });
      });
      afterAll(async () => {
        await town?.stop();
      });

      it('logs in the admins the CLI made, with the password given and the one it generated', async () => {
        const operator = await login(town, 'operator@panel.example', password);
        expect(operator.status).toBe(200);
        expect((operator.body.data as { token?: string }).token).toEqual(expect.any(String));
        expect(generated).toMatch(/^.{24}$/);
        expect((await login(town, 'deputy@panel.example', generated)).status).toBe(200);
      });

      it('does not make the TOWN_ADMIN_EMAIL admin once the town has one', async () => {
        expect((await login(town, 'late@panel.example', password)).status).toBe(400);
      });

      it.each(['/admin/register-admin', '/ADMIN/Register-Admin/'])(
        'refuses %s from the network, saying how admins are made',
        async (path) => {
          const { status, body } = await call(`${town.url}${path}`, { method: 'POST', body: ATTACKER });
          expect(status).toBe(403);
          expect(body).toMatchObject({
            data: null,
            error: {
              status: 403,
              name: 'ForbiddenError',
              message: expect.stringContaining('npm run admin:create -w @communes/town -- --email'),
            },
          });
          expect((await login(town, ATTACKER.email, ATTACKER.password)).status).toBe(400);
        },
      );

      it('the CLI refuses a weak password and an e-mail already taken', async () => {
        expect(await createAdmin(['--email', 'weak@panel.example', '--password-stdin'], env(), 'Pass1')).toMatchObject({
          code: 1,
          stderr: expect.stringContaining('the password must be at least 8 characters long'),
        });
        expect(await createAdmin(['--email', 'OPERATOR@panel.example', '--password-file', passwordFile], env())).toMatchObject({
          code: 1,
          stderr: expect.stringContaining('An admin with the e-mail operator@panel.example already exists.'),
        });
      });

      it('switched self-registration off once: a town that switches it back on keeps it on', async () => {
        const { body } = await login(town, 'operator@panel.example', password);
        const auth = { authorization: `Bearer ${(body.data as { token: string }).token}` };
        const advanced = await call(`${town.url}/users-permissions/advanced`, { headers: auth });
        const settings = (advanced.body as { settings: Record<string, unknown> }).settings;
        expect(settings.allow_register).toBe(false);
        expect(
          (
            await call(`${town.url}/users-permissions/advanced`, {
              method: 'PUT',
              headers: auth,
              body: { ...settings, allow_register: true },
            })
          ).status,
        ).toBe(200);
        await town.stop();
        town = await startTownProcess({ env: env({ TOWN_ADMIN_PANEL: 'true' }) });
        const relogged = await login(town, 'operator@panel.example', password);
        const after = await call(`${town.url}/users-permissions/advanced`, {
          headers: { authorization: `Bearer ${(relogged.body.data as { token: string }).token}` },
        });
        expect((after.body as { settings: Record<string, unknown> }).settings.allow_register).toBe(true);
      });
    });

    describe('its first admin from the environment', () => {
      it('is made at the first start from TOWN_ADMIN_EMAIL and TOWN_ADMIN_PASSWORD_FILE', async () => {
        const env = await newTown('fromenv');
        const passwordFile = join(root, 'fromenv-password');
        writeFileSync(passwordFile, 'From-env-password-1\n', { mode: 0o600 });
        const town = await startTownProcess({
          env: env({ TOWN_ADMIN_PANEL: 'true', TOWN_ADMIN_EMAIL: 'Chief@FromEnv.example', TOWN_ADMIN_PASSWORD_FILE: passwordFile }),
        });
        try {
          expect((await call(`${town.url}/admin/init`)).body).toMatchObject({ data: { hasAdmin: true } });
          expect((await login(town, 'chief@fromenv.example', 'From-env-password-1')).status).toBe(200);
        } finally {
          await town.stop();
        }
      });

      it('stops the town, saying why, when the password breaks the rules', async () => {
        const env = await newTown('weakenv');
        await expect(
          startTownProcess({ env: env({ TOWN_ADMIN_EMAIL: 'chief@weakenv.example', TOWN_ADMIN_PASSWORD: 'weak' }) }),
        ).rejects.toThrow(/Admin chief@weakenv\.example: the password must be at least 8 characters long/);
      });
    });
  });
}
