import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { communesModel, DOMAINS, namingOf } from '@communes/domain';
import { toPluginManifest } from '@communes/codegen';

/**
 * How the town misbehaves: `error500` and `error400` answer that status with Strapi's error
 * body; `endless` streams an answer that never ends; `hang` never answers; `drip` sends a
 * byte now and then.
 */
export type FakeFault = 'none' | 'error500' | 'error400' | 'malformedJson' | 'wrongShape' | 'hang' | 'drip' | 'endless';

export interface FakeTownOptions {
  code: string;
  /** Entries per kind (singular name), as a town's REST API would return them. */
  entries: Record<string, Record<string, unknown>[]>;
  locales?: string[];
  /** Added to every answer, like a real town's latency. */
  delayMs?: number;
  /** An older town: the kinds it serves, and per kind the fields its version lacks. */
  kinds?: string[];
  missingFields?: Record<string, string[]>;
}

/**
 * A town that speaks the same HTTP contract as a real one, in memory: the manifest, and lists
 * with Strapi's `filters[documentId][$in]`, `pagination[start|limit]`, `sort` on one or more
 * fields and `locale`. It counts requests and can misbehave on demand, for the gateway's
 * fault tests and benchmarks. Every behaviour faked here is also tested against real Strapi
 * in tools/town-e2e.
 */
export async function startFakeTown({ code, entries, locales = ['fr'], delayMs = 0, kinds, missingFields = {} }: FakeTownOptions) {
  let currentFault: FakeFault = 'none';
  let faultyPath: string | undefined;
  const requests: string[] = [];
  const manifest = {
    manifestVersion: 1,
    town: { code, name: code },
    locales,
    defaultLocale: locales[0],
    plugins: DOMAINS.map((domain) => {
      const plugin = toPluginManifest(communesModel, domain);
      const contentTypes = plugin.contentTypes
        .filter((ct) => !kinds || kinds.includes(ct.kind))
        .map((ct) => ({ ...ct, fields: ct.fields.filter((f) => !(missingFields[ct.kind] ?? []).includes(f)) }));
      return { ...plugin, contentTypes, packageName: `@communes/strapi-plugin-${domain}`, version: '0.1.0' };
    }).filter((plugin) => plugin.contentTypes.length > 0),
  };
  const byPath = new Map(communesModel.contentTypes.map((type) => [`/api${namingOf(type).restPath}`, type.names.singular]));

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push(url.pathname + url.search);
    const fault = faultyPath === undefined || decoded(url.pathname + url.search).includes(faultyPath) ? currentFault : 'none';
    if (fault === 'hang') return; // never answers
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (fault === 'error500') return void res.writeHead(500).end('{"data":null,"error":{"status":500,"name":"InternalServerError","message":"Internal Server Error"}}');
    if (fault === 'error400') return void res.writeHead(400).end('{"data":null,"error":{"status":400,"name":"ValidationError","message":"Invalid format, expected a timestamp or an ISO date","details":{}}}');
    if (fault === 'endless') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data": [');
      const timer = setInterval(() => res.write(' '.repeat(65_536)), 1);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (fault === 'malformedJson') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"data": [');
    if (fault === 'drip') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (url.pathname === '/api/communes-core/manifest') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(manifest));
    const kind = byPath.get(url.pathname);
    if (!kind) return void res.writeHead(404).end('{"data":null,"error":{"status":404}}');
    if (fault === 'wrongShape') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { not: 'a list' } }));
    const params = url.searchParams;
    const ids = [...params.entries()].filter(([k]) => k.startsWith('filters[documentId][$in]')).map(([, v]) => v);
    let list = (entries[kind] ?? []).filter((e) => !ids.length || ids.includes(String(e.documentId)));
    const sorts = [...params.entries()].filter(([k]) => k.startsWith('sort[')).map(([, v]) => v.split(':') as [string, string]);
    list = [...list].sort((a, b) => {
      for (const [field, dir] of sorts) {
        const [x, y] = [String(a[field] ?? ''), String(b[field] ?? '')];
        if (x !== y) return (x < y ? -1 : 1) * (dir === 'desc' ? -1 : 1);
      }
      return 0;
    });
    const start = Number(params.get('pagination[start]') ?? 0);
    const limit = Number(params.get('pagination[limit]') ?? 25);
    // Strapi's `fields`: id, documentId and the listed attributes; populated relations stay.
    const fields = [...params.entries()].filter(([k]) => k.startsWith('fields[')).map(([, v]) => v);
    const populated = new Set([...params.keys()].filter((k) => k.startsWith('populate[')).map((k) => k.slice('populate['.length, k.indexOf(']'))));
    const keep = new Set(['id', 'documentId', ...fields, ...populated]);
    const project = (e: Record<string, unknown>) => (fields.length ? Object.fromEntries(Object.entries(e).filter(([k]) => keep.has(k))) : e);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: list.slice(start, start + limit).map(project), meta: { pagination: { start, limit, total: list.length } } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Misbehave from now on, on every request or only on those whose path and decoded query contain `onlyPath`. */
    setFault(next: FakeFault, onlyPath?: string) {
      currentFault = next;
      faultyPath = onlyPath;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export type FakeTown = Awaited<ReturnType<typeof startFakeTown>>;
