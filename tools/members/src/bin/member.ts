#!/usr/bin/env node
import { join, resolve } from 'node:path';
import { addMember } from '../add-member';
import { MemberOptionsError, parseMemberOptions } from '../member-options';
import { removeFromRegistry } from '../registry-edit';

const USAGE = `Usage:
  npm run member:new -- --code fleurus --name Fleurus [--kind town] [--locales fr] [--plugins council,agenda,news]
                        [--group province:hainaut ...] [--subscribe wallonia,member:seneffe] [--dir .data/members/fleurus] [--registry .data/demo/towns.json]
                        [--network http://127.0.0.1:4000/graphql]
                        [--port 1350] [--public-url https://www.fleurus.be] [--start] [--install] [--seed]
  npm run member:new -- --code fleurus --remove [--registry .data/demo/towns.json]`;

async function main() {
  const root = resolve(__dirname, '../../../..');
  const options = parseMemberOptions(process.argv.slice(2), {
    membersDir: join(root, '.data', 'members'),
    registryFile: join(process.env.DEMO_DATA_DIR ?? join(root, '.data', 'demo'), 'towns.json'),
    // The demo's gateway, as `npm start` runs it.
    networkUrl: `http://127.0.0.1:${process.env.PORT ?? 4000}/graphql`,
  });
  if (options.action === 'remove') {
    const removed = removeFromRegistry(options.registryFile, options.code);
    console.log(
      removed
        ? `${options.code} is out of ${options.registryFile}; a running gateway stops federating it now. Its folder and data stay.`
        : `${options.registryFile} does not list ${options.code}: nothing to do.`,
    );
    return;
  }
  const started = Date.now();
  const added = await addMember(options, (line) => console.log(line));
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`\n${options.name} (${options.kind}) joined ${options.registryFile} in ${seconds} s: ${added.entry.url}/api`);
  console.log(`  its app: ${added.dir} (npm start there; README.md says how to make its first admin)`);
  if (added.open311ApiKey) console.log(`  Open311 key for its clients: ${added.open311ApiKey} (kept in its data folder too)`);
  console.log(
    `  a running gateway federates it now: { towns(kind: [${options.kind.toUpperCase().replaceAll('-', '_')}]) { code name kind } }`,
  );
  if (!added.process) return;
  console.log('\nIt runs until Ctrl-C.');
  added.process.child.stdout?.pipe(process.stdout);
  added.process.child.stderr?.pipe(process.stderr);
  const stop = () => void added.process!.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error instanceof MemberOptionsError ? `${error.message}\n\n${USAGE}` : error.message);
  process.exit(error instanceof MemberOptionsError ? 2 : 1);
});
