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

/**
 * How long an idle connection to a town is kept: below the 5 s after which Node's HTTP server,
 * Strapi's included, closes an idle keep-alive connection, so that the gateway closes it first
 * and does not send a request into a socket the town is closing.
 */
export const IDLE_SOCKET_MS = 4_000;

// Keep-alive agents shared by every town: a regional query asks each town once, and opening a
// TCP connection per request cost more than the request itself. Node's fetch does keep
// connections alive, but its web streams cost about twice as much CPU per small answer, which
// shows once an operation fans out to a hundred towns. An idle socket is destroyed after
// IDLE_SOCKET_MS (Node's agent applies `timeout` to free sockets that way).
const agents = {
  'http:': new HttpAgent({ keepAlive: true, maxSockets: 64, timeout: IDLE_SOCKET_MS }),
  'https:': new HttpsAgent({ keepAlive: true, maxSockets: 64, timeout: IDLE_SOCKET_MS }),
};

/** A reused connection the town had closed: the request never reached it. */
const STALE_SOCKET_CODES: ReadonlySet<string | undefined> = new Set(['ECONNRESET', 'EPIPE']);

/**
 * One HTTP exchange with a town over node:http, the body read as UTF-8 text. Rejects with
 * TransportTimeout, TransportTooLarge, or the socket's own error (no connection, reset).
 *
 * A GET sent on a reused keep-alive connection that the town closed at the same moment fails
 * with a reset before any answer: it is sent once more on a fresh connection, within the same
 * time budget (Node's documented remedy; a GET changes nothing, a POST is never resent).
 */
export async function sendToTown(url: string, request: TransportRequest): Promise<TransportResponse> {
  const started = Date.now();
  try {
    return await sendOnce(url, request, 'pooled');
  } catch (error) {
    const stale = error instanceof StaleSocketError;
    if (!stale || request.method !== 'GET') throw stale ? error.cause : error;
    return sendOnce(url, { ...request, timeoutMs: Math.max(1, request.timeoutMs - (Date.now() - started)) }, 'fresh');
  }
}

/** The reset of a reused connection, before any answer: the request may be sent again. */
class StaleSocketError extends Error {
  constructor(override readonly cause: Error) {
    super(cause.message);
  }
}

function sendOnce(
  url: string,
  { method, headers, body, timeoutMs, maxBytes }: TransportRequest,
  connection: 'pooled' | 'fresh',
): Promise<TransportResponse> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(target, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      // A fresh connection, closed after the answer: the retry of a stale one.
      agent: connection === 'pooled' ? agents[target.protocol as 'http:' | 'https:'] : false,
    });
    let answered = false;
    const timer = setTimeout(() => request.destroy(new TransportTimeout(`no answer within ${timeoutMs} ms`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    // Destroying the request destroys its socket: the rest of the answer is never read, and
    // the connection does not go back to the keep-alive pool half-read.
    const tooLarge = () => request.destroy(new TransportTooLarge(`answer over ${maxBytes} bytes`));
    request.on('error', (error: NodeJS.ErrnoException) =>
      fail(!answered && request.reusedSocket && STALE_SOCKET_CODES.has(error.code) ? new StaleSocketError(error) : error),
    );
    request.on('response', (response: IncomingMessage) => {
      answered = true;
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
