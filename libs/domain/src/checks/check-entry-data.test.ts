import { describe, expect, it } from 'vitest';
import { contentTypeNamed } from '../content-type-named';
import { checkEntryData } from './check-entry-data';
import type { ValueProblem } from './value-problem';

const place = contentTypeNamed('place');
const publicService = contentTypeNamed('public-service');
const event = contentTypeNamed('event');
const serviceRequest = contentTypeNamed('service-request');

/** The problems as `path code` lines: what each side turns into its own words. */
const lines = (problems: ValueProblem[]) => problems.map((p) => `${p.path.join('.')} ${p.code}`);

const week = { dayOfWeek: ['monday', 'tuesday'], opens: '08:30', closes: '12:00:00.000' };

describe('checkEntryData: each structured field, one valid value and the ways it goes wrong', () => {
  const cases: [string, typeof place, Record<string, unknown>, Record<string, unknown>[], string[]][] = [
    [
      'openingHours',
      place,
      { openingHours: [week, { dayOfWeek: ['sunday'], closed: true, validFrom: '2026-12-25', validThrough: '2026-12-26' }] },
      [
        { openingHours: [{ ...week, dayOfWeek: ['lundy'] }] },
        { openingHours: [{ ...week, dayOfWeek: ['monday', 'monday'] }] },
        { openingHours: [{ ...week, opens: '25:00' }] },
        { openingHours: [{ ...week, closes: '08:00' }] },
        { openingHours: [{ ...week, closes: undefined }] },
        { openingHours: [{ opens: '08:30', closes: '12:00' }] },
        { openingHours: [{ ...week, validFrom: '2026-06-30', validThrough: '2026-06-01' }] },
        { openingHours: [{ ...week, heures: '8-12' }] },
        { openingHours: week },
        { openingHours: 'lundi 8-12' },
      ],
      [
        'openingHours.0.dayOfWeek.0 unknownCode',
        'openingHours.0.dayOfWeek.1 duplicateCode',
        'openingHours.0.opens format',
        'openingHours.0.closes endBeforeStart',
        'openingHours.0.closes required',
        'openingHours.0.dayOfWeek required',
        'openingHours.0.validThrough endBeforeStart',
        'openingHours.0.heures unknownField',
        'openingHours type',
        'openingHours type',
      ],
    ],
    [
      'phones',
      place,
      { phones: [{ label: 'Accueil', number: '+32 10 23 45 67' }] },
      [{ phones: [{ label: 'Accueil' }] }, { phones: [{ number: 1234 }] }, { phones: ['+32 10 23 45 67'] }],
      ['phones.0.number required', 'phones.0.number type', 'phones.0 type'],
    ],
    [
      'emails',
      place,
      { emails: [{ label: 'Accueil', address: 'accueil@commune.be' }] },
      [{ emails: [{ address: 'accueil at commune.be' }] }, { emails: [{ label: 'x'.repeat(101), address: 'a@b.be' }] }],
      ['emails.0.address format', 'emails.0.label tooLong'],
    ],
    [
      'cost',
      publicService,
      { cost: { amount: 20, currency: 'EUR', description: 'Par carte' } },
      [{ cost: { montant: '20 €' } }, { cost: { amount: -5 } }, { cost: { amount: '20' } }, { cost: { amount: 20, currency: 'euros' } }],
      ['cost.montant unknownField', 'cost.amount tooSmall', 'cost.amount type', 'cost.currency tooLong'],
    ],
    [
      'channels',
      publicService,
      { channels: [{ channelType: 'online', url: 'https://commune.be/demarche' }] },
      [{ channels: [{ channelType: 'au guichet' }] }, { channels: [{ channelType: 'online', url: 'commune.be' }] }, { channels: 'online' }],
      ['channels.0.channelType unknownCode', 'channels.0.url format', 'channels type'],
    ],
    [
      'audiences',
      publicService,
      { audiences: ['newcomer', 'tourist'] },
      [{ audiences: ['Nouvel arrivant'] }, { audiences: 'newcomer' }],
      ['audiences.0 unknownCode', 'audiences type'],
    ],
    [
      'sharedWithMembers',
      event,
      { sharedWithMembers: ['sambreville', 'cpas-seneffe', '5300'] },
      [
        { sharedWithMembers: ['Sambreville'] },
        { sharedWithMembers: ['<img src=x onerror=alert(1)>'] },
        { sharedWithMembers: ['eupen', 'eupen'] },
        { sharedWithMembers: [42] },
        { sharedWithMembers: 'sambreville' },
        { sharedWithMembers: Array.from({ length: 21 }, (_, i) => `member-${i}`) },
      ],
      [
        'sharedWithMembers.0 format',
        'sharedWithMembers.0 format',
        'sharedWithMembers.1 duplicateCode',
        'sharedWithMembers.0 type',
        'sharedWithMembers type',
        'sharedWithMembers tooLarge',
      ],
    ],
    [
      'recurrenceRule',
      event,
      { recurrenceRule: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20261231' },
      [
        { recurrenceRule: 'chaque samedi' },
        { recurrenceRule: 'FREQ=WEEKLY;BYDAY=SAM' },
        { recurrenceRule: 'FREQ=FORTNIGHTLY' },
        { recurrenceRule: 'BYDAY=SA' },
        { recurrenceRule: 'FREQ=DAILY;COUNT=3;UNTIL=20261231' },
      ],
      [
        'recurrenceRule recurrencePart',
        'recurrenceRule recurrencePart',
        'recurrenceRule recurrenceFrequency',
        'recurrenceRule recurrenceFrequency',
        'recurrenceRule recurrenceCountAndUntil',
      ],
    ],
    [
      'recurrenceExceptions',
      event,
      { recurrenceExceptions: ['2026-03-21T09:00:00.000Z'] },
      [{ recurrenceExceptions: ['2026-02-30T09:00:00Z'] }, { recurrenceExceptions: '2026-03-21T09:00:00Z' }],
      ['recurrenceExceptions.0 format', 'recurrenceExceptions type'],
    ],
    [
      'attributeValues',
      serviceRequest,
      { attributeValues: { size: 'large', depth: 12.5, when: '2026-03-21T09:00:00.000Z', kinds: ['hole', 'crack'], note: '' } },
      [
        { attributeValues: ['large'] },
        { attributeValues: { size: { value: 'large' } } },
        { attributeValues: { kinds: ['hole', 'hole'] } },
        { attributeValues: { kinds: ['hole', 7] } },
        { attributeValues: JSON.parse('{"__proto__": "x"}') },
        { attributeValues: { ['c'.repeat(101)]: 'x' } },
        { attributeValues: { note: 'x'.repeat(4001) } },
        { attributeValues: { depth: Number.NaN } },
      ],
      [
        'attributeValues type',
        'attributeValues.size type',
        'attributeValues.kinds.1 duplicateCode',
        'attributeValues.kinds.1 type',
        'attributeValues.__proto__ unknownField',
        `attributeValues.${'c'.repeat(101)} tooLong`,
        'attributeValues.note tooLong',
        'attributeValues.depth type',
      ],
    ],
    [
      'geo',
      place,
      { geoLatitude: 50.5311, geoLongitude: 4.2613 },
      [{ geoLatitude: 95 }, { geoLongitude: -181 }, { geoLatitude: 'nord' }],
      ['geoLatitude tooLarge', 'geoLongitude tooSmall', 'geoLatitude type'],
    ],
    [
      'eventStatus',
      event,
      { eventStatus: 'scheduled', categories: [] },
      [{ eventStatus: 'maybe' }, { categories: [42] }],
      ['eventStatus unknownCode', 'categories.0 unknownCode'],
    ],
  ];

  for (const [field, type, valid, invalids, expected] of cases) {
    it(`${field}: accepts a valid value and refuses each invalid one, naming where`, () => {
      expect(checkEntryData(type, valid)).toEqual([]);
      expect(invalids.map((data) => lines(checkEntryData(type, data))[0])).toEqual(expected);
    });
  }

  it('leaves alone the fields an update does not hold, and empty values', () => {
    expect(checkEntryData(place, { name: 'Maison communale' })).toEqual([]);
    expect(checkEntryData(place, { openingHours: null, phones: [], topics: null })).toEqual([]);
    expect(checkEntryData(event, { recurrenceRule: '', recurrenceExceptions: null })).toEqual([]);
  });

  it('gives what a message needs: the value and the vocabulary', () => {
    const [problem] = checkEntryData(place, { openingHours: [{ ...week, dayOfWeek: ['lundy'] }] });
    expect(problem?.params.value).toBe('lundy');
    expect(problem?.params.vocabulary?.name).toBe('DayOfWeek');
  });
});
