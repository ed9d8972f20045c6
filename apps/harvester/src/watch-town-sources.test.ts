import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchTownSources } from './watch-town-sources';

describe('the registry, followed while the harvester runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'harvester-registry-'));
  const file = join(dir, 'towns.json');
  const write = (towns: unknown, at: number) => {
    writeFileSync(file, JSON.stringify({ towns }));
    utimesSync(file, at, at);
  };
  afterEach(() => rmSync(file, { force: true }));

  it('takes up a town added to the registry, and keeps the towns it had when an edit is broken', () => {
    write([{ code: 'seneffe', url: 'http://127.0.0.1:1337' }], 1_000);
    const refusals: string[] = [];
    const towns = watchTownSources(file, (error) => refusals.push(error.message));
    expect(towns().map((t) => t.code)).toEqual(['seneffe']);

    write(
      [
        { code: 'seneffe', url: 'http://127.0.0.1:1337' },
        { code: 'fleurus', url: 'http://127.0.0.1:1338/' },
      ],
      2_000,
    );
    expect(towns()).toEqual([
      { code: 'seneffe', url: 'http://127.0.0.1:1337' },
      { code: 'fleurus', url: 'http://127.0.0.1:1338' },
    ]);

    write([{ code: 'Not A Code', url: 'http://127.0.0.1:1339' }], 3_000);
    expect(towns().map((t) => t.code)).toEqual(['seneffe', 'fleurus']);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatch(/towns\[0\]\.code/);
    // Refused once per change, not at every read.
    towns();
    expect(refusals).toHaveLength(1);
  });
});
