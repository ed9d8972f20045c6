#!/usr/bin/env node
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FULL, QUICK } from './bench-settings';
import { runBench, SCENARIOS, type Scenario } from './run-bench';
import { toMarkdown } from './to-markdown';

/**
 * `npm run bench [-- --quick] [-- --only fan-out,memory] [-- --databases sqlite]`: writes
 * bench-results/report.md and results.json. `--databases` narrows the data-scale scenario
 * (each of its data sets takes about an hour to seed the first time).
 */
async function main() {
  let settings = process.argv.includes('--quick') ? QUICK : FULL;
  const databasesAt = process.argv.indexOf('--databases');
  if (databasesAt >= 0) {
    const databases = (process.argv[databasesAt + 1] ?? '').split(',').filter(Boolean);
    if (databases.length === 0 || databases.some((d) => d !== 'sqlite' && d !== 'postgres')) {
      console.error('--databases takes sqlite, postgres or both, comma-separated.');
      process.exit(2);
    }
    settings = { ...settings, dataScaleDatabases: databases as ('sqlite' | 'postgres')[] };
  }
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
