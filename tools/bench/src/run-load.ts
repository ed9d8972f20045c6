import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  /** A GraphQL POST body, or nothing for a GET. */
  body?: string;
  connections: number;
  durationSec: number;
  warmupSec: number;
}

export interface LoadFigures {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/** Runs autocannon against one URL: a warm-up first, then the measured run. */
export async function runLoad({ url, body, connections, durationSec, warmupSec }: LoadOptions): Promise<LoadFigures> {
  const request = body ? { method: 'POST' as const, body, headers: { 'content-type': 'application/json' } } : { method: 'GET' as const };
  if (warmupSec > 0) await autocannon({ url, connections, duration: warmupSec, ...request });
  let result = await autocannon({ url, connections, duration: durationSec, ...request });
  let requestsPerSec = Math.round(result.requests.average);
  // On a machine loaded by other suites (CI runs the quick mode beside them), a 1 s run of a
  // slow path can end before any answer: run again until each connection has one, so that a
  // figure is measured, however slow, rather than a 0 that measures nothing.
  if (result.requests.total < connections) {
    result = await autocannon({ url, connections, amount: connections, ...request });
    requestsPerSec = Math.round((result.requests.total / result.duration) * 10) / 10;
  }
  return {
    requestsPerSec,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** The median of repeated runs, figure by figure. */
export async function medianOf(repeats: number, run: () => Promise<LoadFigures>): Promise<LoadFigures> {
  const runs: LoadFigures[] = [];
  for (let i = 0; i < repeats; i++) runs.push(await run());
  const median = (pick: (f: LoadFigures) => number) => {
    const values = runs.map(pick).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)]!;
  };
  return {
    requestsPerSec: median((f) => f.requestsPerSec),
    p50Ms: median((f) => f.p50Ms),
    p99Ms: median((f) => f.p99Ms),
    errors: runs.reduce((s, f) => s + f.errors, 0),
  };
}

/**
 * One request before a load: a GraphQL answer with errors still has HTTP status 200, which
 * autocannon counts as a success, so a broken query would be measured as a fast one.
 */
export async function expectGraphQLData(url: string, body: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  const payload = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
  if (response.status !== 200 || payload.errors?.length || !payload.data) {
    throw new Error(
      `The benchmark query failed (HTTP ${response.status}): ${payload.errors?.map((e) => e.message).join('; ') ?? 'no data'}\n${body}`,
    );
  }
  return text;
}
