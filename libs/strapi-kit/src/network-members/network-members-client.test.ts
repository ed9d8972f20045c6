import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createNetworkMembersClient } from './network-members-client';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A gateway that answers each POST with what `answer` says, counting the requests. */
async function fakeGateway(answer: (n: number) => { status: number; body: string } | 'hang') {
  let requests = 0;
  server = createServer((_req, res) => {
    requests += 1;
    const reply = answer(requests);
    if (reply === 'hang') return;
    res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, requests: () => requests };
}

const TOWNS = JSON.stringify({ data: { towns: [{ code: 'seneffe', name: 'Seneffe', kind: 'TOWN' }] } });

describe('createNetworkMembersClient', () => {
  it('says so when no network is configured, without asking anyone', async () => {
    expect(await createNetworkMembersClient(undefined, () => undefined).read()).toEqual({ members: [], status: 'not-configured' });
  });

  it('reads the gateway once for many pages opened together, then from memory', async () => {
    const gateway = await fakeGateway(() => ({ status: 200, body: TOWNS }));
    const client = createNetworkMembersClient(gateway.url, () => undefined);
    const answers = await Promise.all([client.read(), client.read(), client.read()]);
    expect(answers.every((a) => a.status === 'ok' && a.members[0]?.code === 'seneffe')).toBe(true);
    await client.read();
    expect(gateway.requests()).toBe(1);
  });

  it('answers unavailable, with a warning, when the gateway fails, and does not ask again at once', async () => {
    const gateway = await fakeGateway(() => ({ status: 500, body: 'oops' }));
    const warnings: string[] = [];
    const client = createNetworkMembersClient(gateway.url, (m) => warnings.push(m));
    expect(await client.read()).toEqual({ members: [], status: 'unavailable' });
    expect(await client.read()).toEqual({ members: [], status: 'unavailable' });
    expect(gateway.requests()).toBe(1);
    expect(warnings[0]).toContain('HTTP 500');
  });

  it('serves the last list read as stale while the gateway fails, and the fresh one once it answers again', async () => {
    const gateway = await fakeGateway((n) => (n === 2 ? { status: 502, body: '' } : { status: 200, body: TOWNS }));
    let clock = 0;
    const client = createNetworkMembersClient(
      gateway.url,
      () => undefined,
      () => clock,
    );
    expect((await client.read()).status).toBe('ok');
    clock += 5 * 60_000 + 1;
    expect(await client.read()).toMatchObject({ status: 'stale', members: [{ code: 'seneffe' }] });
    clock += 30_001;
    expect((await client.read()).status).toBe('ok');
    expect(gateway.requests()).toBe(3);
  });

  it('gives up on a gateway that does not answer within three seconds', async () => {
    const gateway = await fakeGateway(() => 'hang');
    const started = Date.now();
    expect((await createNetworkMembersClient(gateway.url, () => undefined).read()).status).toBe('unavailable');
    expect(Date.now() - started).toBeLessThan(6_000);
    server?.closeAllConnections();
  });

  it('stops reading an answer longer than a megabyte', async () => {
    const gateway = await fakeGateway(() => ({ status: 200, body: `{"data":{"towns":[${'{"code":"x","name":"y"},'.repeat(60_000)}]}}` }));
    const warnings: string[] = [];
    expect((await createNetworkMembersClient(gateway.url, (m) => warnings.push(m)).read()).status).toBe('unavailable');
    expect(warnings[0]).toContain('answer longer than 1000000 bytes');
  });

  it('refuses an answer that is not a list of towns', async () => {
    const gateway = await fakeGateway(() => ({ status: 200, body: '{"data":{"towns":null}}' }));
    expect((await createNetworkMembersClient(gateway.url, () => undefined).read()).status).toBe('unavailable');
  });
});
