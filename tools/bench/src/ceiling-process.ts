import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The ceiling: a bare Node HTTP server in its own process that answers every request with the
 * given bytes, read the same way (the request's body drained) as the gateway reads one. What
 * Node and this machine can serve at all, against which the warm gateway is measured.
 */
const SERVER = `
const { createServer } = require('node:http');
const body = require('node:fs').readFileSync(process.argv[1]);
const headers = { 'content-type': process.argv[2], 'content-length': body.length };
createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(200, headers); res.end(body); });
}).listen(0, '127.0.0.1', function () { console.log(JSON.stringify({ port: this.address().port })); });
`;

export async function startCeilingProcess(dir: string, body: string, contentType: string) {
  const file = join(dir, `ceiling-${Date.now()}.json`);
  writeFileSync(file, body);
  const child = spawn(process.execPath, ['-e', SERVER, file, contentType], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /\{"port":(\d+)\}/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The ceiling server exited (${code}):\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
