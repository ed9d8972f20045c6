import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../testing/gateway-harness';
import { loadStaticApp } from './load-static-app';

/** A raw request: fetch would normalize `..` out of the path before sending it. */
function raw(url: string, path: string, method = 'GET', headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A built app as Vite leaves it, and a secret beside it that no path may reach. */
function builtApp() {
  const root = mkdtempSync(join(tmpdir(), 'dashboard-dist-'));
  writeFileSync(join(root, 'secret.txt'), 'not to be served');
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><title>dashboard</title><script type="module" src="./assets/index-abc123.js"></script>',
  );
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("dashboard")');
  writeFileSync(join(dist, 'assets', 'notes.exe'), 'MZ');
  return { root, dist };
}

describe('the dashboard served by the gateway', () => {
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  const app = builtApp();

  beforeAll(async () => {
    gateway = await startGatewayOver([], { dashboardDir: app.dist });
  });
  afterAll(async () => gateway?.stop());

  it('serves the page with a CSP that allows only its own scripts and this gateway, revalidated on every visit', async () => {
    const page = await raw(gateway.url, '/dashboard/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<title>dashboard</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const again = await raw(gateway.url, '/dashboard/', 'GET', { 'if-none-match': String(page.headers.etag) });
    expect(again.status).toBe(304);
    expect((await raw(gateway.url, '/dashboard?lang=de')).headers.location).toBe('/dashboard/?lang=de');
  });

  it('caches the content-named files for a year, and answers HEAD but no other method', async () => {
    const script = await raw(gateway.url, '/dashboard/assets/index-abc123.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toContain('immutable');
    const head = await raw(gateway.url, '/dashboard/assets/index-abc123.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await raw(gateway.url, '/dashboard/', 'POST')).status).toBe(405);
  });

  it('serves nothing but the files read at start: no path escapes the folder, unknown types are left out', async () => {
    for (const path of [
      '/dashboard/../secret.txt',
      '/dashboard/%2e%2e/secret.txt',
      '/dashboard/..%2fsecret.txt',
      '/dashboard/assets/../../secret.txt',
      '/dashboard//etc/passwd',
      '/dashboard/assets/notes.exe',
      '/dashboard/missing.js',
    ]) {
      const answer = await raw(gateway.url, path);
      expect(answer.body, path).not.toContain('not to be served');
      expect(answer.body, path).not.toContain('MZ');
      expect([404, 400], path).toContain(answer.status);
    }
    // The GraphQL endpoint and open data are untouched beside it.
    expect((await gateway.query('{ towns { code } }')).data).toEqual({ towns: [] });
  });

  it('refuses to start on a folder that is not a built app, naming it', () => {
    expect(() => loadStaticApp(join(app.root, 'nowhere'), '/dashboard/')).toThrow(/nowhere.*does not exist/);
    expect(() => loadStaticApp(app.root, '/dashboard/')).toThrow(/no index.html/);
  });
});
