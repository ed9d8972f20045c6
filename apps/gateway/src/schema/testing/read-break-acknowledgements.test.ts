import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBreakAcknowledgements } from './read-break-acknowledgements';

describe('readBreakAcknowledgements', () => {
  const dir = mkdtempSync(join(tmpdir(), 'breaks-'));
  const fileWith = (text: string) => {
    const file = join(dir, `${Math.random()}.json`);
    writeFileSync(file, text);
    return file;
  };

  it('reads reasons and the changes they acknowledge', () => {
    const entries = [{ reason: 'ids carry the locale', changes: ['Query.node.locale'] }];
    expect(readBreakAcknowledgements(fileWith(JSON.stringify(entries)))).toEqual(entries);
  });

  it.each([
    ['an object', '{}', 'expected an array of { reason, changes }, got object'],
    ['no reason', '[{ "changes": ["Query.a"] }]', '[0]: expected a non-empty reason'],
    ['a blank reason', '[{ "reason": " ", "changes": ["Query.a"] }]', '[0]: expected a non-empty reason'],
    ['no changes', '[{ "reason": "r", "changes": [] }]', '[0]: expected changes, a non-empty array of paths or messages'],
    ['a change that is no string', '[{ "reason": "r", "changes": [1] }]', '[0]: expected changes, a non-empty array of paths or messages'],
  ])('refuses %s, naming the entry', (_, text, message) => {
    const file = fileWith(text);
    expect(() => readBreakAcknowledgements(file)).toThrow(`${file}${message.startsWith('[') ? '' : ': '}${message}`);
  });
});
