import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../lib/town-settings';
import { startTownProcess, type TownProcess } from '../lib/start-town-process';

const CHIEF = { email: 'secretariat@villette.test', password: 'Chief-password-1' };
const EDITOR = { email: 'redaction@villette.test', password: 'Editor-password-1' };
const READER = { email: 'communication@villette.test', password: 'Reader-password-1' };

interface Answer<T = unknown> {
  status: number;
  body: { data?: T; error?: { status: number; name: string; message: string; details?: unknown } };
}

interface Settings {
  subscriptions: string[];
  source: string;
  configured: string[];
  updatedBy: string | null;
  channels: { code: string; labels: Record<string, string> }[];
}

/** `npm run admin:create -w @communes/town -- --role editor`, as the operator makes an editor. */
function createEditor(env: Record<string, string>): Promise<number | null> {
  const child = spawn(
    process.execPath,
    [join(APP_ROOT, 'bin', 'create-admin.js'), '--email', EDITOR.email, '--role', 'editor', '--password-stdin'],
    {
      env: { ...process.env, TOWN_LOG_LEVEL: 'error', ...env },
      stdio: ['pipe', 'ignore', 'inherit'],
    },
  );
  child.stdin.end(`${EDITOR.password}\n`);
  return new Promise((resolve) => child.once('exit', resolve));
}

/**
 * What a town follows, edited in its admin panel (Settings › Communes › Sharing): the admin API
 * behind the page, on a real town with its panel, its first admin from the environment and
 * its subscriptions configured by the operator (TOWN_SUBSCRIPTIONS).
 */
/**
 * The network's gateway as the town asks it for the members (`{ towns { code name kind } }`):
 * here a stand-in, with one entry a broken gateway could send; tools/editor-e2e reads a real one.
 */
async function startNetwork(): Promise<{ server: Server; url: string; queries: string[] }> {
  const queries: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      queries.push(String((JSON.parse(body) as { query?: unknown }).query));
      const towns = [
        { code: 'seneffe', name: 'Seneffe', kind: 'TOWN' },
        { code: 'villette', name: 'Villette', kind: 'TOWN' },
        { code: 'zone-sambre', name: 'Zone de police Sambre', kind: 'POLICE_ZONE' },
        { code: '<img src=x onerror=alert(1)>', name: 'Eve', kind: 'TOWN' },
      ];
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { towns } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, queries };
}

describe("a town's sharing settings, in the admin panel", () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'communes-sharing-settings-'));
  let network: Awaited<ReturnType<typeof startNetwork>>;
  const env = {
    TOWN_CODE: 'villette',
    TOWN_NAME: 'Villette',
    TOWN_LOCALES: 'fr',
    TOWN_DATA_DIR: dataDir,
    DATABASE_URL: '',
    TOWN_SUBSCRIPTIONS: 'hainaut',
    TOWN_ADMIN_EMAIL: CHIEF.email,
    TOWN_ADMIN_PASSWORD: CHIEF.password,
    TOWN_NETWORK_URL: '',
  };
  let town: TownProcess;
  const tokens: Record<string, string> = {};

  const call = async <T>(
    path: string,
    { method = 'GET', token, body }: { method?: string; token?: string; body?: unknown } = {},
  ): Promise<Answer<T>> => {
    const response = await fetch(`${town.url}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  };
  const logIn = async ({ email, password }: { email: string; password: string }) => {
    const answer = await call<{ token: string }>('/admin/login', { method: 'POST', body: { email, password } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body.data!.token;
  };
  const manifestSubscriptions = async () =>
    ((await (await fetch(`${town.api}/communes-core/manifest`)).json()) as { subscriptions: string[] }).subscriptions;
  const settings = async (token = tokens.chief) => call<Settings>('/communes-core/sharing', { token });
  const save = (body: unknown, token = tokens.chief) => call<Settings>('/communes-core/sharing', { method: 'PUT', token, body });

  beforeAll(async () => {
    network = await startNetwork();
    env.TOWN_NETWORK_URL = network.url;
    // The first start makes the super admin (TOWN_ADMIN_EMAIL) and the Editor role; the operator then adds an editor.
    town = await startTownProcess({ env });
    await town.stop();
    expect(await createEditor(env)).toBe(0);
    town = await startTownProcess({ env: { ...env, TOWN_ADMIN_PANEL: 'true' } });
    tokens.chief = await logIn(CHIEF);
    tokens.editor = await logIn(EDITOR);
  });
  afterAll(async () => {
    await town?.stop();
    network?.server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("shows the operator's subscriptions, where they come from, and the channels in the town's words", async () => {
    const { status, body } = await settings();
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ subscriptions: ['hainaut'], source: 'configuration', configured: ['hainaut'], updatedBy: null });
    expect(body.data!.channels.find((c) => c.code === 'wallonia')?.labels.fr).toBe('Région wallonne');
    expect(await manifestSubscriptions()).toEqual(['hainaut']);
  });

  it('saves what the super admin chooses; the manifest serves it at once and a restart keeps it', async () => {
    const saved = await save({ subscriptions: ['wallonia', 'member:seneffe'] });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.data).toMatchObject({
      subscriptions: ['wallonia', 'member:seneffe'],
      source: 'admin-panel',
      configured: ['hainaut'],
    });
    expect(saved.body.data!.updatedBy).toBe('Admin');
    expect(await manifestSubscriptions()).toEqual(['wallonia', 'member:seneffe']);

    await town.stop();
    town = await startTownProcess({ env: { ...env, TOWN_ADMIN_PANEL: 'true' } });
    tokens.chief = await logIn(CHIEF);
    tokens.editor = await logIn(EDITOR);
    expect(await manifestSubscriptions()).toEqual(['wallonia', 'member:seneffe']);
  });

  it.each([
    ['an unknown channel', { subscriptions: ['atlantis'] }, 'atlantis'],
    ['the town itself', { subscriptions: ['member:villette'] }, 'cannot follow itself'],
    ['a member twice', { subscriptions: ['member:eupen', 'member:eupen'] }, 'listed twice'],
    ['a filter object', { subscriptions: [{ $ne: null }] }, 'neither a channel'],
    ['another key', { subscriptions: [], updatedBy: 'Eve' }, 'Unknown key'],
    ['a list of 51', { subscriptions: Array.from({ length: 51 }, (_, i) => `member:m${i}`) }, 'at most 50'],
    ['text that is not JSON', '{"subscriptions": [', undefined],
  ])('refuses %s with a 400 and keeps what was saved', async (_, body, message) => {
    const answer = await save(body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ status: 400 });
    if (message) expect(answer.body.error).toMatchObject({ name: 'ValidationError', message: expect.stringContaining(message) });
    expect(await manifestSubscriptions()).toEqual(['wallonia', 'member:seneffe']);
  });

  it('is closed to visitors and to a forged token, and to the Editor role, which enters content only', async () => {
    expect((await call('/communes-core/sharing')).status).toBe(401);
    expect((await call('/communes-core/sharing', { token: `${tokens.chief}x` })).status).toBe(401);
    expect((await call('/communes-core/sharing', { method: 'PUT', body: { subscriptions: [] } })).status).toBe(401);
    expect((await settings(tokens.editor)).status).toBe(403);
    expect((await save({ subscriptions: [] }, tokens.editor)).status).toBe(403);
    expect((await call('/communes-core/sharing', { method: 'DELETE', token: tokens.editor })).status).toBe(403);
    // The content API has no such route: what the town follows is public only through its manifest.
    expect((await call('/api/communes-core/sharing')).status).toBe(404);
    expect(await manifestSubscriptions()).toEqual(['wallonia', 'member:seneffe']);
  });

  it('lets a role the town grants "Read" see the settings, not change them', async () => {
    const chief = tokens.chief;
    const role = await call<{ id: number }>('/admin/roles', {
      method: 'POST',
      token: chief,
      body: { name: 'Communication', description: 'Reads the sharing settings' },
    });
    expect(role.status, JSON.stringify(role.body)).toBe(201);
    const granted = await call(`/admin/roles/${role.body.data!.id}/permissions`, {
      method: 'PUT',
      token: chief,
      body: { permissions: [{ action: 'plugin::communes-core.sharing.read', subject: null, properties: {}, conditions: [] }] },
    });
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
    const invited = await call<{ registrationToken: string }>('/admin/users', {
      method: 'POST',
      token: chief,
      body: { email: READER.email, firstname: 'Camille', lastname: 'Reader', roles: [role.body.data!.id] },
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const registered = await call('/admin/register', {
      method: 'POST',
      body: {
        registrationToken: invited.body.data!.registrationToken,
        userInfo: { firstname: 'Camille', lastname: 'Reader', password: READER.password },
      },
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(200);
    const reader = await logIn(READER);
    expect((await settings(reader)).body.data).toMatchObject({ subscriptions: ['wallonia', 'member:seneffe'] });
    expect((await save({ subscriptions: [] }, reader)).status).toBe(403);
  });

  it("goes back to the operator's subscriptions when the panel resets them", async () => {
    const answer = await call<Settings>('/communes-core/sharing', { method: 'DELETE', token: tokens.chief });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ subscriptions: ['hainaut'], source: 'configuration', updatedBy: null });
    expect(await manifestSubscriptions()).toEqual(['hainaut']);
  });

  it("gives every admin, editors included, the network's members to pick from, as its gateway lists them", async () => {
    const answer = await call<{ self: string; status: string; members: { code: string; name: string; kind: string }[] }>(
      '/communes-core/network-members',
      { token: tokens.editor },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      self: 'villette',
      status: 'ok',
      members: [
        { code: 'seneffe', name: 'Seneffe', kind: 'TOWN' },
        { code: 'villette', name: 'Villette', kind: 'TOWN' },
        { code: 'zone-sambre', name: 'Zone de police Sambre', kind: 'POLICE_ZONE' },
      ],
    });
    expect(network.queries.at(-1)).toBe('{ towns { code name kind } }');
    expect((await call('/communes-core/network-members')).status).toBe(401);
  });
});
