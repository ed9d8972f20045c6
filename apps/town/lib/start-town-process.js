// @ts-check
'use strict';

const { spawn } = require('node:child_process');
const { join } = require('node:path');
const { APP_ROOT } = require('./town-settings');

/**
 * @typedef {object} TownProcess
 * @property {string} url   e.g. http://127.0.0.1:41234
 * @property {string} api   the REST root, `${url}/api`
 * @property {import('node:child_process').ChildProcess} child
 * @property {() => Promise<void>} stop  SIGTERM, then SIGKILL after 10 s.
 */

/**
 * Starts a town server in a child process (Strapi is one per process) and resolves once it
 * listens. `env` sets the town's identity: TOWN_CODE, TOWN_NAME, TOWN_LOCALES, TOWN_DATA_DIR,
 * DATABASE_URL; PORT defaults to 0 (a free port). `appDir`: another app made from this one
 * (a member's own, by `npm run member:new`). `script`: another entry that loads the town and
 * serves it with `serveTown` (the seeder's seed-then-serve), with its `args`.
 * @param {{ env: Record<string, string | undefined>, timeoutMs?: number, appDir?: string, script?: string, args?: string[] }} options
 * @returns {Promise<TownProcess>}
 */
function startTownProcess({ env, timeoutMs = 120_000, appDir = APP_ROOT, script = join(appDir, 'bin', 'start-town.js'), args = [] }) {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, PORT: '0', TOWN_LOG_LEVEL: 'warn', STRAPI_TELEMETRY_DISABLED: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve(undefined);
      });
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The town did not listen within ${timeoutMs} ms:\n${output.slice(-4000)}`));
    }, timeoutMs);
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{"event":"listening"'));
      if (!line) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      const { url, api } = JSON.parse(line);
      resolve({ url, api, child, stop: () => /** @type {Promise<void>} */ (stop()) });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk) => (output += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The town exited (${code ?? signal}) before listening:\n${output.slice(-4000)}`));
    });
  });
}

module.exports = { startTownProcess };
