import { describe, expect, it } from 'vitest';
import { parseSeedOptions } from './seed-options';

const parse = (line: string) => parseSeedOptions(line.split(' '));
const refusal = (line: string) => {
  try {
    parse(line);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`accepted: ${line}`);
};

describe("the seeder's command line", () => {
  it('seeds a member outside the demo in the plugins it runs, sharing into its groups', () => {
    const options = parse(
      '--town fleurus --name Fleurus --locales fr --plugins council,news --group province:hainaut --group region:wallonia',
    );
    expect(options).toMatchObject({
      scale: 1,
      town: {
        code: 'fleurus',
        name: 'Fleurus',
        locales: ['fr'],
        domains: ['council', 'news'],
        groups: { province: 'hainaut', region: 'wallonia' },
      },
    });
  });

  it('keeps a demo member’s own profile, and every plugin when none are named', () => {
    const options = parse('--town eupen --scale 2');
    expect(options).toMatchObject({ scale: 2, town: { code: 'eupen', locales: ['de', 'fr'] } });
    expect(parse('--town liege')).toMatchObject({ town: { code: 'liege', groups: { province: 'unknown' } } });
    expect((parse('--town liege') as { town: { domains?: unknown } }).town.domains).toBeUndefined();
  });

  it('refuses what it cannot act on, saying why', () => {
    expect(refusal('--town fleurus --plugins council,nope')).toMatch(/--plugins: no plugin "nope"; the plugins are council,/);
    expect(refusal('--town fleurus --plugins ,')).toMatch(/--plugins/);
    expect(refusal('--town fleurus --group hainaut')).toBe('--group "hainaut" is not kind:code such as province:hainaut.');
    expect(refusal('--town fleurus --scale 0')).toBe('--scale must be a positive number, got "0".');
    expect(refusal('--scale 1')).toBe('--town is missing.');
    expect(refusal('--town fleurus --colour blue')).toMatch(/colour/);
  });
});
