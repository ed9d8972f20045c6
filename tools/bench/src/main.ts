#!/usr/bin/env node
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FULL, QUICK } from './bench-settings';
import { runBench } from './run-bench';
import { toMarkdown } from './to-markdown';

/** `npm run bench [-- --quick]`: writes bench-results/report.md and results.json. */
async function main() {
  const settings = process.argv.includes('--quick') ? QUICK : FULL;
  const results = await runBench(settings, (line) => console.error(line));
  const out = resolve(__dirname, '../../../bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
  const report = toMarkdown(results);
  writeFileSync(join(out, 'report.md'), report);
  console.log(report);
  console.error(`Written: ${join(out, 'report.md')} and results.json`);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
