import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BodyTooLarge } from './read-body';

/** How long a client may go on sending a refused body before the connection is closed anyway. */
const DRAIN_GRACE_MS = 1000;

/**
 * Answers 413 (PAYLOAD_TOO_LARGE) and closes the connection once the client has stopped
 * sending, or after a second. Closing while the client is still sending the body makes the
 * kernel answer its next bytes with a reset, and some clients then drop the 413 they were sent.
 */
export function sendBodyTooLarge(req: IncomingMessage, res: ServerResponse, error: BodyTooLarge): void {
  const body = JSON.stringify({ errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE', limit: error.limit } }] });
  // The whole answer goes out now, its length said: the client can read it before the close.
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.write(body);
  const close = () => {
    clearTimeout(timer);
    res.end();
  };
  const timer = setTimeout(close, DRAIN_GRACE_MS).unref();
  if (req.readableEnded || req.destroyed) close();
  else {
    req.once('end', close);
    req.once('close', close);
  }
}
