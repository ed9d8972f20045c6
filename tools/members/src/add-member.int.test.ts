import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTownProcess } from '@communes/town';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AddedMember, addMember } from './add-member';

/** Where member:new makes a member by default: inside the workspace (`.data/members/<code>`), ignored by git. */
const workspaceRoot = resolve(__dirname, '../../..');
// A fresh clone has no .data yet.
mkdirSync(join(workspaceRoot, '.data'), { recursive: true });
const parent = mkdtempSync(join(workspaceRoot, '.data', 'test-member-'));
const app = join(parent, 'courcelles');
const registryFile = join(mkdtempSync(join(tmpdir(), 'communes-registry-')), 'towns.json');

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
  await rm(resolve(registryFile, '..'), { recursive: true, force: true });
});

describe('a member made inside the workspace, seeded', () => {
  const lines: string[] = [];
  let added: AddedMember;
  let member: Awaited<ReturnType<typeof startTownProcess>> | undefined;

  beforeAll(async () => {
    added = await addMember(
      {
        action: 'add',
        code: 'courcelles',
        name: 'Courcelles',
        kind: 'town',
        locales: ['fr'],
        domains: ['agenda', 'news'],
        groups: { province: 'hainaut' },
        subscriptions: [],
        networkUrl: 'http://127.0.0.1:4000/graphql',
        dir: app,
        registryFile,
        start: false,
        install: false,
        seed: true,
      },
      (line) => lines.push(line),
    );
    member = await startTownProcess({ appDir: app, env: { PORT: new URL(added.entry.url).port } });
  }, 180_000);

  afterAll(async () => {
    await member?.stop();
  });

  it('runs on the workspace’s packages without an install of its own', () => {
    expect(lines).toContain('No install: the workspace around it holds every package it pins (npm install there gives it its own).');
    expect(existsSync(join(app, 'node_modules'))).toBe(false);
    // Still an app that installs on its own anywhere: the packed plugins are pinned, not the workspace's folders.
    const { dependencies } = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(dependencies['@communes/strapi-plugin-agenda']).toMatch(/^file:vendor\/communes-strapi-plugin-agenda-.*\.tgz$/);
    expect(existsSync(join(app, dependencies['@communes/strapi-plugin-agenda']!.slice('file:'.length)))).toBe(true);
  });

  it('has a town-year of content in its plugins, shared into its province as its group says', async () => {
    expect(lines).toContain('Seeding a town-year of content in its plugins...');
    const events = (await (await fetch(`${member!.url}/api/communes-agenda/events?pagination[pageSize]=100`)).json()) as {
      data: { channels: string[] }[];
      meta: { pagination: { total: number } };
    };
    expect(events.meta.pagination.total).toBeGreaterThan(100);
    expect(events.data.some((event) => event.channels.includes('hainaut'))).toBe(true);
    const news = (await (await fetch(`${member!.url}/api/communes-news/news-items`)).json()) as { meta: { pagination: { total: number } } };
    expect(news.meta.pagination.total).toBeGreaterThan(10);
  });

  it('serves only the plugins it chose, and is in the registry', async () => {
    const manifest = (await (await fetch(`${member!.url}/api/communes-core/manifest`)).json()) as {
      town: unknown;
      plugins: { packageName: string }[];
    };
    expect(manifest.town).toEqual({ code: 'courcelles', name: 'Courcelles' });
    expect(manifest.plugins.map((p) => p.packageName).sort()).toEqual(['@communes/strapi-plugin-agenda', '@communes/strapi-plugin-news']);
    expect((await fetch(`${member!.url}/api/communes-council/meetings`)).status).toBe(404);
    const registry = JSON.parse(readFileSync(registryFile, 'utf8')) as { towns: { code: string; url: string }[] };
    expect(registry.towns).toEqual([expect.objectContaining({ code: 'courcelles', url: added.entry.url })]);
  });
});
