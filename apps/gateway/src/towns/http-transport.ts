import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface TransportRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** Covers connecting, the headers and the whole body: a town that drips its answer times out. */
  timeoutMs: number;
}

export interface TransportResponse {
  status: number;
  text: string;
}

/** The whole exchange took longer than the timeout. */
export class TransportTimeout extends Error {
  override name = 'TimeoutError';
}

// Keep-alive agents shared by every town: a regional query asks each town once, and opening a
// TCP connection per request cost more than the request itself. Node's fetch does keep
// connections alive, but its web streams cost about twice as much CPU per small answer, which
// shows once an operation fans out to a hundred towns.
const agents = { 'http:': new HttpAgent({ keepAlive: true, maxSockets: 64 }), 'https:': new HttpsAgent({ keepAlive: true, maxSockets: 64 }) };

/** One HTTP exchange with a town over node:http, the body read as UTF-8 text. */
export function sendToTown(url: string, { method, headers, body, timeoutMs }: TransportRequest): Promise<TransportResponse> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(target, { method, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) }, agent: agents[target.protocol as 'http:' | 'https:'] });
    const timer = setTimeout(() => request.destroy(new TransportTimeout(`no answer within ${timeoutMs} ms`)), timeoutMs);
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.on('response', (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      response.on('end', () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    request.end(body);
  });
}
