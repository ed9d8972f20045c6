import type { ServerResponse } from 'node:http';
import { toOpen311Xml } from './to-open311-xml';

export type Open311Format = 'json' | 'xml';

/**
 * Writes an Open311 answer in the format the path asked for. `xmlRoot` names the XML
 * document's root (`services`, `service_requests`...), the JSON being the value itself.
 */
export function sendOpen311(res: ServerResponse, method: string, status: number, format: Open311Format, xmlRoot: string, value: unknown, headers: Record<string, string> = {}): void {
  const body = format === 'xml' ? toOpen311Xml(xmlRoot, value) : JSON.stringify(value);
  res.writeHead(status, {
    'content-type': format === 'xml' ? 'text/xml; charset=utf-8' : 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'access-control-allow-origin': '*',
    'cache-control': 'no-store',
    // Headers a browser app may read: when to retry after a 429, whether a POST was a repeat.
    'access-control-expose-headers': 'retry-after, idempotent-replayed, x-request-id',
    ...headers,
  });
  res.end(method === 'HEAD' ? undefined : body);
}
