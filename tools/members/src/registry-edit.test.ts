import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addToRegistry, isRegistered, portsInRegistry, removeFromRegistry } from './registry-edit';

const member = (code: string, port: number) => ({ code, name: code, url: `http://127.0.0.1:${port}`, locales: ['fr'], groups: {} });

describe('registry edits', () => {
  it('makes the file when missing, adds and removes members, owner-only', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'communes-registry-')), 'nested', 'towns.json');
    addToRegistry(file, member('fleurus', 1340));
    addToRegistry(file, { ...member('zp-hainaut', 1341), kind: 'police-zone', writeToken: 'secret-token' });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(isRegistered(file, 'zp-hainaut')).toBe(true);
    expect(portsInRegistry(file)).toEqual([1340, 1341]);
    expect(removeFromRegistry(file, 'fleurus')).toBe(true);
    expect(removeFromRegistry(file, 'fleurus')).toBe(false);
    const { towns } = JSON.parse(readFileSync(file, 'utf8')) as { towns: { code: string; kind: string; writeToken: string }[] };
    expect(towns).toEqual([expect.objectContaining({ code: 'zp-hainaut', kind: 'police-zone', writeToken: 'secret-token' })]);
  });

  it('refuses a code already listed, and an entry the gateway would refuse, leaving the file as it was', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'communes-registry-')), 'towns.json');
    addToRegistry(file, member('fleurus', 1340));
    const before = readFileSync(file, 'utf8');
    expect(() => addToRegistry(file, member('fleurus', 1342))).toThrow(/already lists "fleurus"/);
    expect(() => addToRegistry(file, { ...member('namur', 1343), url: 'ftp://namur' })).toThrow(/towns\[1\]\.url/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses to edit a registry that is not valid, rather than lose what it holds', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'communes-registry-')), 'towns.json');
    writeFileSync(file, '{"towns": [{"code": "Seneffe"}]}');
    expect(() => addToRegistry(file, member('fleurus', 1340))).toThrow(/towns\[0\]\.code/);
    expect(readFileSync(file, 'utf8')).toBe('{"towns": [{"code": "Seneffe"}]}');
  });
});
