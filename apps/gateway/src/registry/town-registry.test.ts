import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchRegistryFile } from './registry-file';
import { RegistryError, townPublicUrl, validateRegistry } from './town-registry';

const town = { code: 'seneffe', name: 'Seneffe', url: 'http://127.0.0.1:1337/', locales: ['fr'], groups: { province: 'hainaut' } };
const problemsOf = (value: unknown) => {
  try {
    validateRegistry(value, 'test.json');
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryError);
    return (error as RegistryError).problems;
  }
  throw new Error('expected the registry to be refused');
};

describe('validateRegistry', () => {
  it('accepts a registry and normalizes the URL', () => {
    expect(validateRegistry({ towns: [town] }, 'x').towns[0]).toEqual({ ...town, kind: 'town', url: 'http://127.0.0.1:1337' });
  });

  it('types each member by its kind, a town when it says none', () => {
    const { towns } = validateRegistry({ towns: [town, { ...town, code: 'zp-boraine', kind: 'police-zone' }] }, 'x');
    expect(towns.map((t) => t.kind)).toEqual(['town', 'police-zone']);
  });

  it('keeps the address the public reaches a town at apart from the one the gateway uses', () => {
    const [registered] = validateRegistry(
      { towns: [{ ...town, url: 'http://10.0.3.7:1337', publicUrl: 'https://cms.seneffe.example/' }] },
      'x',
    ).towns;
    expect(registered).toMatchObject({ url: 'http://10.0.3.7:1337', publicUrl: 'https://cms.seneffe.example' });
    expect(townPublicUrl(registered!)).toBe('https://cms.seneffe.example');
    expect(townPublicUrl(validateRegistry({ towns: [town] }, 'x').towns[0]!)).toBe('http://127.0.0.1:1337');
  });

  it.each([
    [{}, 'towns: expected a list'],
    [{ towns: [{ ...town, code: 'Seneffe' }] }, 'towns[0].code'],
    [{ towns: [town, town] }, 'towns[1].code: "seneffe" is listed twice'],
    [{ towns: [{ ...town, name: '' }] }, 'towns[0].name'],
    [{ towns: [{ ...town, url: 'not a url' }] }, 'towns[0].url: expected an http(s) URL'],
    [{ towns: [{ ...town, url: 'ftp://x' }] }, 'towns[0].url: expected http or https'],
    [{ towns: [{ ...town, locales: [] }] }, 'towns[0].locales'],
    [{ towns: [{ ...town, groups: { province: 42 } }] }, 'towns[0].groups'],
    [{ towns: [{ ...town, token: '' }] }, 'towns[0].token'],
    [{ towns: [{ ...town, kind: 'POLICE_ZONE' }] }, 'towns[0].kind: expected one of town, social-welfare-centre, police-zone'],
    [{ towns: [{ ...town, kind: 'toString' }] }, 'towns[0].kind'],
    [{ towns: [{ ...town, publicUrl: 'javascript:alert(1)' }] }, 'towns[0].publicUrl: expected an http(s) URL'],
  ])('refuses %j, naming the path', (value, message) => {
    expect(problemsOf(value).join('\n')).toContain(message);
  });
});

describe('watchRegistryFile', () => {
  it('reloads a changed file without a restart, and keeps the last valid one on a bad edit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'registry-'));
    const file = join(dir, 'towns.json');
    writeFileSync(file, JSON.stringify({ towns: [town] }));
    const events: { reloaded?: unknown; error?: Error }[] = [];
    const source = watchRegistryFile(file, (event) => events.push(event));
    try {
      expect(source.current().towns.map((t) => t.code)).toEqual(['seneffe']);
      writeFileSync(join(dir, 'next.json'), JSON.stringify({ towns: [town, { ...town, code: 'eupen', name: 'Eupen' }] }));
      renameSync(join(dir, 'next.json'), file);
      await expect.poll(() => source.current().towns.length, { timeout: 5000 }).toBe(2);
      writeFileSync(file, '{ broken');
      await expect.poll(() => events.some((e) => e.error), { timeout: 5000 }).toBe(true);
      expect(source.current().towns.length).toBe(2);
    } finally {
      source.close();
    }
  });
});
