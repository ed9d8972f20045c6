import type { ServerResponse } from 'node:http';

/**
 * Writes an OParl answer. OParl 1.1 requires CORS for every client in a browser, and its
 * objects are UTF-8 JSON; HEAD gets the headers only.
 */
export function sendOparlJson(res: ServerResponse, method: string | undefined, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'access-control-allow-origin': '*',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(method === 'HEAD' ? undefined : text);
}
