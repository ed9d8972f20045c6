import type { IncomingMessage } from 'node:http';

/** A request body over the gateway's limit: answered 413 (sendBodyTooLarge). */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`The request body is over ${limit} bytes.`);
    this.name = 'BodyTooLarge';
  }
}

/**
 * Reads a request body of at most `limit` bytes, declared (content-length) or streamed
 * (chunked). Past the limit it stops keeping the bytes but goes on reading and dropping them:
 * destroying the request here reset the connection before the 413 could be sent.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) refuse();
      else chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString('utf8'));
    const refuse = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.resume();
      reject(new BodyTooLarge(limit));
    };
    if (Number(req.headers['content-length'] ?? 0) > limit) return refuse();
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}
