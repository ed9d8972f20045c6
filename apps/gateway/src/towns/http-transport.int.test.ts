import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDLE_SOCKET_MS, sendToTown, TransportTooLarge } from './http-transport';

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

/**
 * A town that closes a keep-alive connection just as the gateway reuses it: the second request
 * on any connection finds the socket destroyed before an answer (what a town's 5 s idle close
 * does to a request sent in the same instant).
 */
describe('sendToTown over a connection the town closes as it is reused', () => {
  let server: Server;
  let base: string;
  const requestsPerConnection = new Map<Socket, number>();
  let received = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      received += 1;
      const count = (requestsPerConnection.get(req.socket) ?? 0) + 1;
      requestsPerConnection.set(req.socket, count);
      if (count > 1) return void req.socket.destroy();
      req.resume();
      req.on('end', () => res.end(JSON.stringify({ path: req.url, method: req.method })));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const send = (method: 'GET' | 'POST', path: string) =>
    sendToTown(`${base}${path}`, { method, headers: {}, body: method === 'POST' ? '{}' : undefined, timeoutMs: 5000, maxBytes: 10_000 });

  it('sends a GET once more on a fresh connection, and answers', async () => {
    await expect(send('GET', '/first')).resolves.toMatchObject({ status: 200 });
    const before = received;
    await expect(send('GET', '/again')).resolves.toEqual({ status: 200, text: '{"path":"/again","method":"GET"}' });
    // The reused connection's attempt, then the fresh one's.
    expect(received - before).toBe(2);
  });

  it('never sends a POST twice: the reset reaches the caller', async () => {
    await expect(send('GET', '/warm')).resolves.toMatchObject({ status: 200 });
    const before = received;
    await expect(send('POST', '/requests')).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(received - before).toBe(1);
  });

  it('does not retry a failure on a fresh connection', async () => {
    const refusing = createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    let seen = 0;
    refusing.on('request', () => (seen += 1));
    const url = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}/x`;
    await expect(sendToTown(url, { method: 'GET', headers: {}, timeoutMs: 5000, maxBytes: 100 })).rejects.toMatchObject({
      code: 'ECONNRESET',
    });
    expect(seen).toBe(1);
    await new Promise((resolve) => refusing.close(resolve));
  });

  it('closes an idle connection itself before a town would (Node servers close theirs at 5 s)', async () => {
    const idle = createServer((_req, res) => res.end('ok'));
    idle.keepAliveTimeout = 5_000;
    const closedAt: number[] = [];
    idle.on('connection', (socket: Socket) => socket.on('end', () => closedAt.push(Date.now())));
    await new Promise<void>((resolve) => idle.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(idle.address() as AddressInfo).port}/`;
    await sendToTown(url, { method: 'GET', headers: {}, timeoutMs: 5000, maxBytes: 100 });
    const answered = Date.now();
    // 'end' on the server's side: the gateway, not the server, ended the connection.
    await expect.poll(() => closedAt.length, { timeout: 4_900, interval: 50 }).toBe(1);
    expect(closedAt[0]! - answered).toBeGreaterThanOrEqual(IDLE_SOCKET_MS - 100);
    await new Promise((resolve) => idle.close(resolve));
  }, 10_000);
});
