import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oparlErrors } from './validate-oparl';

const EXAMPLES = join(__dirname, 'oparl-1.1-examples');

describe('the OParl 1.1 validator', () => {
  const example = (file: string) => JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8'));

  it.each(readdirSync(EXAMPLES).filter((f) => f !== 'Meeting-01.json'))('accepts the specification example %s', (file) => {
    expect(oparlErrors(example(file))).toEqual([]);
  });

  it("finds the one flaw of the specification's Meeting example: an embedded agenda item without its required order", () => {
    // Validators that ignore OParl's `schema` keyword never look inside embedded objects.
    expect(oparlErrors(example('Meeting-01.json'))).toEqual(["Meeting/agendaItem/0 must have required property 'order' (#/required)"]);
  });

  it("checks nested objects through OParl's `schema` keyword", () => {
    const meeting = example('Meeting-01.json');
    delete meeting.invitation.accessUrl;
    expect(oparlErrors(meeting).join('\n')).toMatch(/Meeting\/invitation must have required property 'accessUrl'/);
  });

  it('refuses a relative URL, a wrong type and an unknown type', () => {
    expect(
      oparlErrors({
        id: '/oparl/v1/system',
        type: 'https://schema.oparl.org/1.1/System',
        oparlVersion: 'x',
        body: 'https://a.example/b',
      }).join(),
    ).toMatch(/must match format "url"/);
    expect(oparlErrors({ id: 'https://a.example/m', type: 'https://schema.oparl.org/1.1/Meeting', cancelled: 'no' }).join()).toMatch(
      /cancelled must be boolean/,
    );
    expect(oparlErrors({ id: 'https://a.example/m', type: 'https://schema.oparl.org/1.0/Meeting' })).toEqual([
      'type "https://schema.oparl.org/1.0/Meeting" is not an OParl 1.1 type',
    ]);
  });
});
