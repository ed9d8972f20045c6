import { brusselsInstant, isoDate, longDate, SEED_YEAR, type SeedContext } from '../seed-context';
import { textIn, type SeedRecord } from '../seed-record';
import { FAMILY_NAMES, GIVEN_NAMES, namesFor } from '../texts/people-names';
import {
  CLOSED_ITEMS,
  MEETING_NAME,
  MEETING_ROOM,
  MINUTES_ITEM,
  MOTION_PAPER,
  ORGANIZATIONS,
  PARTIES,
  PUBLIC_ITEMS,
  RESOLUTION,
  ROLES,
  SUBJECTS,
} from './council-texts';
import { fill } from './fill';

/** Month and day of the council's 22 yearly sittings: twice a month, one in July, none in August. */
const SITTINGS: readonly [number, number][] = [
  [1, 12],
  [1, 26],
  [2, 9],
  [2, 23],
  [3, 9],
  [3, 23],
  [4, 13],
  [4, 27],
  [5, 11],
  [5, 25],
  [6, 8],
  [6, 22],
  [7, 6],
  [9, 14],
  [9, 28],
  [10, 12],
  [10, 26],
  [11, 9],
  [11, 23],
  [12, 7],
  [12, 14],
  [12, 21],
];
/** Sittings before this date have been held; later ones are announced. */
const SEED_TODAY = '2026-11-01';
const COLLEGE_SIZE = 6;

/** Organizations, office holders, memberships, meetings with their agenda and decisions, motions. */
export function buildCouncil(ctx: SeedContext): SeedRecord[] {
  const records: SeedRecord[] = [];
  const { town } = ctx;
  const names = namesFor(town.locales[0]!);

  for (const organization of ORGANIZATIONS) {
    records.push({
      type: 'organization',
      key: organization.key,
      shared: { organizationType: organization.type, startDate: '2024-12-02' },
      localized: (locale) => ({ name: fill(organization.name, locale, { town: town.name }) }),
      relations: organization.parent ? { subOrganizationOf: organization.parent } : {},
    });
  }
  PARTIES.forEach((party, i) => {
    records.push({
      type: 'organization',
      key: `party-${i}`,
      shared: { organizationType: 'party', startDate: '2024-12-02' },
      localized: (locale) => ({ name: fill(party, locale, { town: town.name }) }),
    });
  });

  const people = Math.max(COLLEGE_SIZE + 3, ctx.count(25));
  for (let i = 0; i < people; i++) {
    const rng = ctx.rng('person', i);
    const givenName = rng.pick(GIVEN_NAMES[names]);
    const familyName = rng.pick(FAMILY_NAMES[names]);
    const role =
      i === 0 ? ROLES.mayor : i < COLLEGE_SIZE - 1 ? ROLES.alderman : i === COLLEGE_SIZE - 1 ? ROLES.president : ROLES.councillor;
    const slug = `${givenName}.${familyName}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z.]/g, '');
    records.push({
      type: 'person',
      key: `person-${i}`,
      shared: {
        name: `${givenName} ${familyName}`,
        givenName,
        familyName,
        gender: rng.pick(['female', 'male']),
        email: `${slug}.${i}@${town.code}.example.org`,
      },
      localized: (locale) => ({ publicRole: textIn(role, locale) }),
    });
    const party = `party-${rng.int(0, PARTIES.length - 1)}`;
    records.push({
      type: 'membership',
      key: `membership-council-${i}`,
      shared: { votingRight: true, startDate: '2024-12-02' },
      localized: (locale) => ({ role: textIn(i === 0 ? ROLES.mayor : ROLES.councillor, locale) }),
      relations: { person: `person-${i}`, organization: 'council', onBehalfOf: party },
    });
    records.push({
      type: 'membership',
      key: `membership-party-${i}`,
      shared: { votingRight: true, startDate: '2024-10-13' },
      localized: (locale) => ({ role: textIn(ROLES.member, locale) }),
      relations: { person: `person-${i}`, organization: party },
    });
    if (i < COLLEGE_SIZE) {
      records.push({
        type: 'membership',
        key: `membership-college-${i}`,
        shared: { votingRight: true, startDate: '2024-12-02' },
        localized: (locale) => ({ role: textIn(role, locale) }),
        relations: { person: `person-${i}`, organization: 'college' },
      });
    }
  }

  const meetings = ctx.count(SITTINGS.length);
  for (let m = 0; m < meetings; m++) {
    const rng = ctx.rng('meeting', m);
    // Scale adds earlier years: the archive a town has after some years of use.
    const year = SEED_YEAR - Math.floor(m / SITTINGS.length);
    const [month, day] = SITTINGS[m % SITTINGS.length]!;
    const start = brusselsInstant(year, month, day, 19, 30);
    const held = start.slice(0, 10) < SEED_TODAY;
    const meetingKey = `meeting-${m}`;
    records.push({
      type: 'meeting',
      key: meetingKey,
      shared: {
        meetingType: 'council',
        meetingState: held ? 'held' : month === 11 ? 'invited' : 'scheduled',
        cancelled: false,
        start,
        end: held ? brusselsInstant(year, month, day, 22, rng.int(0, 59)) : null,
        streetAddress: `${town.streets[0]} 1`,
        postalCode: town.localities[0]!.postalCode,
        locality: town.localities[0]!.name,
        livestreamUrl: `https://video.${town.code}.example.org/council/${isoDate(year, month, day)}`,
      },
      localized: (locale) => ({
        name: fill(MEETING_NAME, locale, { date: longDate(start, locale) }),
        locationName: textIn(MEETING_ROOM, locale),
      }),
      relations: { organizations: ['council'] },
    });

    const items = rng.int(10, 18);
    const closed = rng.int(1, 2);
    for (let order = 0; order < items; order++) {
      const itemRng = ctx.rng(`agenda-item-${m}`, order);
      const isClosed = order >= items - closed;
      const template = order === 0 ? MINUTES_ITEM : isClosed ? itemRng.pick(CLOSED_ITEMS) : itemRng.pick(PUBLIC_ITEMS);
      const values = {
        year: year - (template === PUBLIC_ITEMS[1] ? 1 : 0),
        n: itemRng.int(1, 3),
        street: itemRng.pick(town.streets),
        subject: itemRng.pick(SUBJECTS),
      };
      const result = held
        ? itemRng.chance(0.92)
          ? 'accepted'
          : itemRng.pick(['acceptedModified', 'postponed', 'refused', 'withdrawn'])
        : null;
      const decided = result === 'accepted' || result === 'acceptedModified';
      const votes = { yes: itemRng.int(14, 22), no: itemRng.int(0, 6), abstain: itemRng.int(0, 3) };
      const relations: Record<string, string | string[]> = { meeting: meetingKey };
      if (decided && !isClosed) {
        const paperKey = `decision-${m}-${order}`;
        records.push({
          type: 'paper',
          key: paperKey,
          shared: {
            reference: `${town.code.slice(0, 3).toUpperCase()}/CC/${year}/${String((m % SITTINGS.length) + 1).padStart(2, '0')}-${String(order + 1).padStart(2, '0')}`,
            date: isoDate(year, month, day),
            paperType: 'decision',
          },
          localized: (locale) => ({ name: fill(template, locale, values), summary: fill(RESOLUTION, locale, votes) }),
          relations: { originatorOrganizations: ['council'] },
        });
        relations.decision = paperKey;
        relations.papers = [paperKey];
      }
      records.push({
        type: 'agenda-item',
        key: `agenda-item-${m}-${order}`,
        shared: {
          number: String(order + 1),
          order,
          public: !isClosed,
          result,
        },
        localized: (locale) => ({
          name: fill(template, locale, values),
          // A closed-session item is published by its title only.
          resolutionText: decided && !isClosed ? fill(RESOLUTION, locale, votes) : null,
        }),
        relations,
      });
    }
  }

  const motions = ctx.count(8);
  for (let i = 0; i < motions; i++) {
    const rng = ctx.rng('motion', i);
    const party = rng.int(0, PARTIES.length - 1);
    const subject = rng.pick(SUBJECTS);
    const year = SEED_YEAR - Math.floor(i / 8);
    records.push({
      type: 'paper',
      key: `motion-${i}`,
      shared: {
        reference: `${town.code.slice(0, 3).toUpperCase()}/MOT/${year}/${String((i % 8) + 1).padStart(2, '0')}`,
        date: isoDate(year, rng.int(1, 12), rng.int(1, 28)),
        paperType: 'motion',
      },
      localized: (locale) => ({ name: fill(MOTION_PAPER, locale, { party: fill(PARTIES[party]!, locale, { town: town.name }), subject }) }),
      relations: { originatorOrganizations: [`party-${party}`], originatorPersons: [`person-${rng.int(0, COLLEGE_SIZE + 2)}`] },
      draft: i % 8 === 0,
    });
  }
  return records;
}
