import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface TransportRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** Covers connecting, the headers and the whole body: a town that drips its answer times out. */
  timeoutMs: number;
  /** The most bytes of body read: past it, the exchange stops and its socket is destroyed. */
  maxBytes: number;
}

export interface TransportResponse {
  status: number;
  text: string;
}

/** The whole exchange took longer than the timeout. */
export class TransportTimeout extends Error {
  override name = 'TimeoutError';
}

/** The town's answer is larger than the gateway reads. */
export class TransportTooLarge extends Error {
  override name = 'TooLargeError';
}

// Keep-alive agents shared by every town: a regional query asks each town once, and opening a
// TCP connection per request cost more than the request itself. Node's fetch does keep
// connections alive, but its web streams cost about twice as much CPU per small answer, which
// shows once an operation fans out to a hundred towns.
const agents = {
  'http:': new HttpAgent({ keepAlive: true, maxSockets: 64 }),
  'https:': new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
};

/**
 * One HTTP exchange with a town over node:http, the body read as UTF-8 text. Rejects with
 * TransportTimeout, TransportTooLarge, or the socket's own error (no connection, reset).
 */
export function sendToTown(url: string, { method, headers, body, timeoutMs, maxBytes }: TransportRequest): Promise<TransportResponse> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(target, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      agent: agents[target.protocol as 'http:' | 'https:'],
    });
    const timer = setTimeout(() => request.destroy(new TransportTimeout(`no answer within ${timeoutMs} ms`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    // Destroying the request destroys its socket: the rest of the answer is never read, and
    // the connection does not go back to the keep-alive pool half-read.
    const tooLarge = () => request.destroy(new TransportTooLarge(`answer over ${maxBytes} bytes`));
    request.on('error', fail);
    request.on('response', (response: IncomingMessage) => {
      if (Number(response.headers['content-length'] ?? 0) > maxBytes) return tooLarge();
      const chunks: Buffer[] = [];
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > maxBytes) return tooLarge();
        chunks.push(chunk);
      });
      response.on('error', fail);
      response.on('end', () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    request.end(body);
  });
}
