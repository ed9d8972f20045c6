#!/usr/bin/env node
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FULL, QUICK } from './bench-settings';
import { runBench, SCENARIOS, type Scenario } from './run-bench';
import { toMarkdown } from './to-markdown';

/** `npm run bench [-- --quick] [-- --only fan-out,memory]`: writes bench-results/report.md and results.json. */
async function main() {
  const settings = process.argv.includes('--quick') ? QUICK : FULL;
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt < 0 ? [...SCENARIOS] : (process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean);
  const unknown = only.filter((s) => !SCENARIOS.includes(s as Scenario));
  if (only.length === 0 || unknown.length) {
    console.error(`--only takes scenarios among ${SCENARIOS.join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}.`);
    process.exit(2);
  }
  const results = await runBench(settings, (line) => console.error(line), only as Scenario[]);
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
