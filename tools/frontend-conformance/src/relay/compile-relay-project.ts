import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMITTED_SCHEMA_FILE } from '../committed-schema';

const RELAY_COMPILER = join(__dirname, '..', '..', '..', '..', 'node_modules', '.bin', 'relay-compiler');
const RELAY_FIXTURES = join(__dirname, '..', '..', 'fixtures', 'relay');

export interface RelayProjectOptions {
  /** `javascript` artifacts are CommonJS modules the tests can require (`loadRelayArtifact`). */
  language: 'typescript' | 'javascript';
  /** Files of `fixtures/relay/` to compile; all of them when unset. */
  fixtures?: string[];
  /** More sources: file name → text. */
  sources?: Record<string, string>;
}

export interface RelayProject {
  /** The project's folder; artifacts are under `src/__generated__/`. */
  dir: string;
  /** relay-compiler's exit status: 0 when every document compiled. */
  status: number | null;
  /** What it printed: its errors, nothing when it compiled. */
  output: string;
}

/**
 * A Relay project in a temporary folder, its schema the committed one, compiled by
 * relay-compiler (`node_modules/.bin/relay-compiler`) as a front end's build runs it.
 */
export function compileRelayProject({ language, fixtures = readdirSync(RELAY_FIXTURES), sources = {} }: RelayProjectOptions): RelayProject {
  const dir = mkdtempSync(join(tmpdir(), 'frontend-relay-'));
  mkdirSync(join(dir, 'src'));
  copyFileSync(COMMITTED_SCHEMA_FILE, join(dir, 'schema.graphql'));
  // The sources are plain JavaScript as well; relay-compiler reads .js files in a JavaScript project.
  const named = (file: string) => (language === 'javascript' ? file.replace(/\.ts$/, '.js') : file);
  for (const file of fixtures) copyFileSync(join(RELAY_FIXTURES, file), join(dir, 'src', named(file)));
  for (const [file, text] of Object.entries(sources)) writeFileSync(join(dir, 'src', named(file)), text);
  // eagerEsModules off: CommonJS artifacts (`module.exports`, `require`), which the tests load.
  const config = { src: './src', schema: './schema.graphql', language, eagerEsModules: false };
  writeFileSync(join(dir, 'relay.config.json'), JSON.stringify(config));
  const run = spawnSync(RELAY_COMPILER, ['relay.config.json', '--noWatchman', '--output', 'quiet-with-errors'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { dir, status: run.status, output: `${run.stdout}${run.stderr}`.trim() };
}
