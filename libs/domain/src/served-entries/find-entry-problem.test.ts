import { describe, expect, it } from 'vitest';
import { contentTypeNamed } from '../content-type-named';
import { findEntryProblem } from './find-entry-problem';

/** An entry as a town answers a query that asked for `asked` (by default, the fields it sends). */
const check = (kind: string, entry: Record<string, unknown>, asked: readonly string[] = Object.keys(entry)) =>
  findEntryProblem(entry, contentTypeNamed(kind), asked);
const service = (fields: Record<string, unknown>) => check('public-service', { documentId: 'svc1', name: "Carte d'identité", ...fields });
const place = (fields: Record<string, unknown>) => check('place', { documentId: 'plc1', ...fields });

describe('findEntryProblem', () => {
  it('takes an entry as a town serves it', () => {
    expect(
      service({
        audiences: ['youngPerson'],
        cost: { amount: 20.3, currency: 'EUR' },
        documentsToBring: [{ name: "Carte d'identité" }],
        channels: [{ channelType: 'online', url: 'https://example.org' }],
        createdAt: '2026-11-30T15:56:26.211Z',
        locale: 'fr',
      }),
    ).toBeUndefined();
    expect(
      place({
        openingHours: [{ dayOfWeek: ['monday'], opens: '08:30:00.000', closes: '12:00:00.000', validFrom: '2026-01-01' }],
        geo_lat: 50.5,
        geo_lng: 4.2,
      }),
    ).toBeUndefined();
  });

  it('refuses a code outside the vocabulary in an enumerationList, naming the field and the value', () => {
    expect(service({ audiences: ['Nouvel arrivant'] })).toBe('public-service.audiences[0] is "Nouvel arrivant", expected an Audience code');
    expect(service({ audiences: [null] })).toBe('public-service.audiences[0] is null');
    expect(service({ audiences: 'youngPerson' })).toBe('public-service.audiences is "youngPerson", expected a list');
  });

  it('takes the members an entry is shared with as codes only, as the town checks them on save', () => {
    const news = (fields: Record<string, unknown>) => check('news-item', { documentId: 'nws1', headline: 'Travaux', ...fields });
    expect(news({ sharedWithMembers: ['sambreville', 'cpas-seneffe'] })).toBeUndefined();
    expect(news({ sharedWithMembers: ['<b>eupen</b>'] })).toBe(
      'news-item.sharedWithMembers[0] is "<b>eupen</b>", expected a member\'s code',
    );
    expect(news({ sharedWithMembers: [{ member: 'eupen' }] })).toBe('news-item.sharedWithMembers[0] is an object, expected a string');
    expect(news({ sharedWithMembers: 'eupen' })).toBe('news-item.sharedWithMembers is "eupen", expected a list');
  });

  it('checks structs against their value type: kinds, vocabularies, lists, and nested lists GraphQL needs', () => {
    expect(service({ channels: [{ channelType: 'carrierPigeon' }] })).toBe(
      'public-service.channels[0].channelType is "carrierPigeon", expected a ChannelType code',
    );
    expect(service({ cost: { amount: 'free' } })).toBe('public-service.cost.amount is "free", expected a number');
    expect(service({ cost: 'free' })).toBe('public-service.cost is "free", expected a Cost');
    expect(service({ documentsToBring: { name: 'x' } })).toBe('public-service.documentsToBring is an object, expected a list');
    expect(place({ openingHours: [{ dayOfWeek: ['someday'] }] })).toBe(
      'place.openingHours[0].dayOfWeek[0] is "someday", expected a DayOfWeek code',
    );
    expect(place({ openingHours: [{ opens: '08:30' }] })).toBe('place.openingHours[0].dayOfWeek is missing, expected a list');
    expect(place({ openingHours: [{ dayOfWeek: ['monday'], opens: '25:00' }] })).toBe(
      'place.openingHours[0].opens is "25:00", expected a time such as 19:30:00.000',
    );
  });

  it('refuses values GraphQL cannot write or the model forbids', () => {
    expect(check('meeting', { documentId: 'm1', start: '2026-02-30T18:00:00.000Z' })).toBe(
      'meeting.start is "2026-02-30T18:00:00.000Z", expected an instant such as 2026-03-14T19:30:00.000Z',
    );
    expect(check('agenda-item', { documentId: 'a1', order: 2 ** 40 })).toBe(
      'agenda-item.order is 1099511627776, expected a 32-bit integer',
    );
    expect(check('agenda-item', { documentId: 'a1', meeting: [null] })).toBe('agenda-item.meeting[0] is null');
    expect(check('meeting', { documentId: 'm1', meetingType: 'party' })).toBe(
      'meeting.meetingType is "party", expected a MeetingType code',
    );
    expect(check('meeting', { documentId: 'm1', updatedAt: 12 })).toBe('meeting.updatedAt is 12, expected an instant');
    expect(place({ image: { name: 'x.png' } })).toBe('place.image is an object, expected a file with a url');
    expect(check('news-item', { documentId: 'n1', headline: 'x'.repeat(500), datePublished: 'x'.repeat(500) })).toMatch(
      /^news-item\.datePublished is "x{56}\.\.\., expected an instant/,
    );
  });

  it('ignores fields the model lacks and takes fields the entry lacks, when they may be null', () => {
    expect(service({ somethingTheTownAdded: { any: 'thing' } })).toBeUndefined();
    expect(check('public-service', { documentId: 'svc1' }, ['summary', 'cost'])).toBeUndefined();
    expect(findEntryProblem({ name: 'x' }, contentTypeNamed('public-service'))).toBe('an entry has no documentId');
  });

  it('refuses an entry without a value the schema declares non-null, when the town was asked for it', () => {
    expect(check('meeting', { documentId: 'm1', name: null }, ['name', 'start'])).toBe('meeting.name is null, expected a value (required)');
    expect(check('meeting', { documentId: 'm1', name: 'Conseil' }, ['name', 'start'])).toBe(
      'meeting.start is missing, expected a value (required)',
    );
    expect(check('meeting', { documentId: 'm1' }, ['livestreamUrl'])).toBeUndefined();
    // Every attribute was asked for: every required one must be there.
    expect(findEntryProblem({ documentId: 'm1', name: 'Conseil' }, contentTypeNamed('meeting'))).toBe(
      'meeting.meetingType is missing, expected a value (required)',
    );
    // Inside a struct too: a channel without its channel type.
    expect(service({ channels: [{ url: 'https://example.org' }] })).toBe(
      'public-service.channels[0].channelType is missing, expected a value (required)',
    );
  });

  it('takes a closed-session item without the required fields it withholds, and without its flag', () => {
    const asked = ['name', 'order', 'public', 'result', 'start'];
    expect(check('agenda-item', { documentId: 'a1', name: 'Personnel', order: 3, public: false, result: null }, asked)).toBeUndefined();
    expect(check('agenda-item', { documentId: 'a1', name: 'Personnel', order: 3 }, asked)).toBeUndefined();
    expect(check('agenda-item', { documentId: 'a1', name: 'Personnel' }, asked)).toBe(
      'agenda-item.order is missing, expected a value (required)',
    );
  });
});
