import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendToTown, TransportTooLarge } from './http-transport';

describe('sendToTown', () => {
  let server: Server;
  let base: string;
  /** Whether the server saw its socket closed under an answer it had not finished. */
  const cut: Record<string, boolean> = {};

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '';
      if (path === '/small') return void res.end('{"ok":true}');
      if (path === '/declared') return void res.writeHead(200, { 'content-length': String(50_000) }).end('x'.repeat(50_000));
      // No content-length: a town streaming an answer that never ends.
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write('x'.repeat(16_384)), 1);
      res.on('close', () => {
        clearInterval(timer);
        cut[path] = !res.writableEnded;
      });
    });
    server.on('connection', (socket: Socket) => socket.setNoDelay(true));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const send = (path: string) => sendToTown(`${base}${path}`, { method: 'GET', headers: {}, timeoutMs: 5000, maxBytes: 10_000 });

  it('reads an answer within the cap', async () => {
    await expect(send('/small')).resolves.toEqual({ status: 200, text: '{"ok":true}' });
  });

  it('refuses an answer that declares more bytes than the cap, without reading it', async () => {
    await expect(send('/declared')).rejects.toBeInstanceOf(TransportTooLarge);
  });

  it('stops reading an endless answer at the cap and closes its connection', async () => {
    await expect(send('/endless')).rejects.toThrow(new TransportTooLarge('answer over 10000 bytes'));
    await expect.poll(() => cut['/endless']).toBe(true);
    // The pool still works after the destroyed socket.
    await expect(send('/small')).resolves.toMatchObject({ status: 200 });
  });
});
