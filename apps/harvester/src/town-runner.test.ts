import { describe, expect, it } from 'vitest';
import { createTownRunner } from './town-runner';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createTownRunner', () => {
  it('never runs a town twice at once, and runs it once more for any number of requests meanwhile', async () => {
    const log: string[] = [];
    let release!: () => void;
    const runner = createTownRunner(async (town) => {
      log.push(`start ${town}`);
      if (log.length === 1) await new Promise<void>((resolve) => (release = resolve));
      log.push(`end ${town}`);
    }, 4);
    const first = runner.request('seneffe');
    await tick();
    const second = runner.request('seneffe');
    const third = runner.request('seneffe');
    expect(second).toBe(third);
    await tick();
    expect(log).toEqual(['start seneffe']);
    release();
    await Promise.all([first, second, third]);
    expect(log).toEqual(['start seneffe', 'end seneffe', 'start seneffe', 'end seneffe']);
  });

  it('runs at most `concurrency` towns at once, and one failing town does not stop the others', async () => {
    let now = 0;
    let most = 0;
    const done: string[] = [];
    const runner = createTownRunner(async (town) => {
      most = Math.max(most, ++now);
      await tick();
      now--;
      if (town === 'down') throw new Error('unreachable');
      done.push(town);
    }, 2);
    const towns = ['a', 'down', 'b', 'c', 'd'];
    const results = await Promise.allSettled(towns.map((town) => runner.request(town)));
    expect(most).toBe(2);
    expect(done.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
  });
});
