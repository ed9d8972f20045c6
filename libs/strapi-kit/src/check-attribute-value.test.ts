import { describe, expect, it } from 'vitest';
import { checkAttributeValue } from './check-attribute-value';

describe('checkAttributeValue', () => {
  it.each([
    ['integer', '42'],
    ['integer', '-2147483648'],
    ['integer', 7],
    ['biginteger', '9223372036854775807'],
    ['decimal', '12.50'],
    ['float', '-0.5e3'],
    ['float', '.5'],
    ['boolean', 'true'],
    ['boolean', false],
    ['date', '2026-03-14'],
    ['datetime', '2026-03-14'],
    ['datetime', '2026-03-14T19:30:00.000Z'],
    ['time', '19:30:00'],
    ['string', ''],
    ['enumeration', 'held'],
    ['json', '"concert"'],
  ] as const)('a %s takes %j', (type, value) => {
    expect(checkAttributeValue(type, value)).toBeUndefined();
  });

  it.each([
    ['integer', 'abc', 'an integer'],
    ['integer', '1.5', 'an integer'],
    ['integer', '2147483648', 'an integer'],
    ['integer', '', 'an integer'],
    ['biginteger', '9223372036854775808', 'an integer'],
    ['decimal', '1e400', 'a number'],
    ['float', 'NaN', 'a number'],
    ['float', '0x10', 'a number'],
    ['boolean', 'maybe', 'true or false'],
    ['boolean', '1', 'true or false'],
    ['date', '2026-02-30', 'a calendar day such as 2026-03-14'],
    ['datetime', '2026-02-30', 'an ISO 8601 instant such as 2026-03-14T19:30:00Z, or a day such as 2026-03-14'],
    ['datetime', '1767225600000', 'an ISO 8601 instant such as 2026-03-14T19:30:00Z, or a day such as 2026-03-14'],
    ['time', '25:00:00', 'a time such as 19:30:00'],
    ['string', 12, 'text'],
  ] as const)('a %s refuses %j, expecting %s', (type, value, expected) => {
    expect(checkAttributeValue(type, value)).toBe(expected);
  });
});
