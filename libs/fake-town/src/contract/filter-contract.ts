import { describe, expect, it } from 'vitest';
import { documents, idsOf, pathOf, sorted, type ContractContext } from './contract-context';

interface FilterCase {
  title: string;
  kind: string;
  query: string;
  /** What every town answers, in its default locale unless the query says. */
  expected: string[];
  /**
   * What a town may add, depending on its database: SQLite's LIKE and LOWER fold ASCII
   * letters only ("É" stays "É") and LIKE folds them even for the case-sensitive operators;
   * PostgreSQL's LIKE folds nothing and its LOWER folds every letter. The gateway may rely on
   * neither: `$containsi` with the stored accents, `$contains` and `$startsWith` with the stored case.
   */
  mayAlso?: string[];
}

const ev = (...n: number[]) => documents('evt', ...n);
const item = (...n: number[]) => documents('itm', ...n);
const meeting = (...n: number[]) => documents('mtg', ...n);
const events = (...except: number[]) => ev(...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((n) => !except.includes(n)));
const cases = (kind: string, list: Omit<FilterCase, 'kind'>[]): FilterCase[] => list.map((c) => ({ kind, ...c }));

const TEXT = cases('event', [
  { title: '$eq matches the exact text', query: 'filters[name][$eq]=Zumba au parc', expected: ev(3) },
  { title: '$eq minds the case', query: 'filters[name][$eq]=zumba au parc', expected: [] },
  { title: '$eqi folds ASCII case', query: 'filters[name][$eqi]=ZUMBA au PARC', expected: ev(3) },
  { title: '$eqi folds accented capitals on PostgreSQL only', query: 'filters[name][$eqi]=église OUVERTE', expected: [], mayAlso: ev(4) },
  { title: '$ne', query: 'filters[name][$ne]=Zumba au parc', expected: events(3) },
  { title: '$ne never matches a missing value', query: 'filters[streetAddress][$ne]=Rue Neuve 5', expected: ev(1, 6) },
  { title: '$in', query: 'filters[locality][$in][0]=Eupen&filters[locality][$in][1]=Mons', expected: ev(4, 5, 12) },
  {
    title: '$notIn',
    query: 'filters[locality][$notIn][0]=Liège&filters[locality][$notIn][1]=Bruxelles&filters[locality][$notIn][2]=Charleroi',
    expected: ev(1, 2, 3, 4, 5, 12),
  },
  { title: '$notIn never matches a missing value', query: 'filters[streetAddress][$notIn][0]=Rue Neuve 5', expected: ev(1, 6) },
  { title: '$contains with the stored case', query: 'filters[name][$contains]=ouverte', expected: ev(4, 11) },
  { title: '$contains takes % literally', query: 'filters[name][$contains]=%', expected: ev(8) },
  { title: '$contains takes _ literally', query: 'filters[name][$contains]=_', expected: ev(9) },
  { title: '$contains folds ASCII case on SQLite only', query: 'filters[name][$contains]=ZUMBA', expected: [], mayAlso: ev(3) },
  { title: '$notContains', query: 'filters[name][$notContains]=ouverte', expected: events(4, 11) },
  { title: '$notContains never matches a missing value', query: 'filters[streetAddress][$notContains]=Place', expected: ev(8) },
  { title: '$containsi folds ASCII case', query: 'filters[name][$containsi]=JAZZ', expected: ev(8, 9) },
  {
    title: '$containsi folds accented letters on PostgreSQL only',
    query: 'filters[name][$containsi]=liège',
    expected: ev(6),
    mayAlso: ev(7),
  },
  { title: '$notContainsi', query: 'filters[name][$notContainsi]=A', expected: ev(4, 7, 11) },
  { title: '$startsWith, case folded on SQLite only', query: 'filters[name][$startsWith]=Apéro', expected: ev(1), mayAlso: ev(2) },
  { title: '$endsWith', query: 'filters[name][$endsWith]=ouverte', expected: ev(4, 11) },
  { title: '$null', query: 'filters[streetAddress][$null]=true', expected: ev(2, 3, 4, 5, 7, 9, 10, 11, 12) },
  { title: '$notNull', query: 'filters[streetAddress][$notNull]=true', expected: ev(1, 6, 8) },
]);

// Agenda items' orders: 0, 2, 10, 1, 0, 11 and 5 (items 1 to 6, and 8, heard in closed session): numbers, not text.
const INTEGERS = cases('agenda-item', [
  { title: '$eq', query: 'filters[order][$eq]=2', expected: item(2) },
  { title: '$lt compares numbers, not text', query: 'filters[order][$lt]=10', expected: item(1, 2, 4, 5, 8) },
  { title: '$gte', query: 'filters[order][$gte]=10', expected: item(3, 6) },
  {
    title: '$between includes both ends',
    query: 'filters[order][$between][0]=1&filters[order][$between][1]=10',
    expected: item(2, 3, 4, 8),
  },
  { title: '$in', query: 'filters[order][$in][0]=0&filters[order][$in][1]=11', expected: item(1, 5, 6) },
  { title: '$ne', query: 'filters[order][$ne]=0', expected: item(2, 3, 4, 6, 8) },
  {
    title: '$notIn',
    query: 'filters[order][$notIn][0]=0&filters[order][$notIn][1]=1&filters[order][$notIn][2]=2',
    expected: item(3, 6, 8),
  },
]);

// Events' prices: 5, none, 12.5, 0, 100, 2.5, 9.99, 15, 15, 7, 3, none.
const DECIMALS = cases('event', [
  { title: '$gt', query: 'filters[price][$gt]=9.99', expected: ev(3, 5, 8, 9) },
  { title: '$lte', query: 'filters[price][$lte]=5', expected: ev(1, 4, 6, 11) },
  { title: '$between', query: 'filters[price][$between][0]=2.5&filters[price][$between][1]=9.99', expected: ev(1, 6, 7, 10, 11) },
  { title: '$eq compares values, not spellings', query: 'filters[price][$eq]=12.50', expected: ev(3) },
  { title: '$ne never matches a missing value', query: 'filters[price][$ne]=5', expected: ev(3, 4, 5, 6, 7, 8, 9, 10, 11) },
  {
    title: '$notIn never matches a missing value',
    query: 'filters[price][$notIn][0]=5&filters[price][$notIn][1]=15',
    expected: ev(3, 4, 5, 6, 7, 10, 11),
  },
  { title: '$null', query: 'filters[price][$null]=true', expected: ev(2, 12) },
  {
    title: 'a latitude $between',
    query: 'filters[geoLatitude][$between][0]=50.4&filters[geoLatitude][$between][1]=50.5',
    expected: ev(1, 3),
  },
  { title: 'a longitude $gt', query: 'filters[geoLongitude][$gt]=5', expected: ev(4) },
]);

const BOOLEANS = cases('event', [
  { title: '$eq true', query: 'filters[allDay][$eq]=true', expected: ev(4) },
  { title: '$eq false (the default)', query: 'filters[allDay][$eq]=false', expected: events(4) },
  { title: '$eq false, where some have no value', query: 'filters[wheelchairAccessible][$eq]=false', expected: ev(3) },
  { title: '$ne never matches a missing value', query: 'filters[wheelchairAccessible][$ne]=true', expected: ev(3) },
  { title: '$null', query: 'filters[wheelchairAccessible][$null]=true', expected: ev(2, 5, 6, 7, 8, 9, 10, 11, 12) },
]);

const INSTANTS = cases('event', [
  {
    title: 'a range, a day meaning its first instant in UTC',
    query: 'filters[start][$gte]=2026-02-01T08:00:00.000Z&filters[start][$lt]=2026-04-01',
    expected: ev(1, 2, 6, 7),
  },
  { title: '$eq with another offset for the same instant', query: 'filters[start][$eq]=2026-02-01T09:00:00+01:00', expected: ev(6, 7) },
  { title: '$lte a day', query: 'filters[start][$lte]=2026-01-05', expected: ev(5) },
  { title: '$gt a day excludes its first instant', query: 'filters[start][$gt]=2026-06-21', expected: ev(12) },
  {
    title: '$between a day and an instant',
    query: 'filters[start][$between][0]=2026-01-01&filters[start][$between][1]=2026-02-01T08:00:00.000Z',
    expected: ev(3, 6, 7),
  },
  {
    title: '$in, whatever the spelling',
    query: 'filters[start][$in][0]=2026-03-14T18:00:00.000Z&filters[start][$in][1]=2026-05-01T10:00:00Z',
    expected: ev(1, 2, 10, 11),
  },
  { title: '$null', query: 'filters[end][$null]=true', expected: events(1, 3) },
]);

// Organizations' start dates: 1977-01-01, 2024-12-02, none.
const DAYS = cases('organization', [
  { title: '$lt', query: 'filters[startDate][$lt]=2000-01-01', expected: documents('org', 1) },
  { title: '$gte', query: 'filters[startDate][$gte]=2024-12-02', expected: documents('org', 2) },
  { title: '$ne never matches a missing value', query: 'filters[startDate][$ne]=1977-01-01', expected: documents('org', 2) },
  { title: '$null', query: 'filters[startDate][$null]=true', expected: documents('org', 3) },
]);

const CODES = cases('event', [
  { title: 'an enumeration $eq', query: 'filters[eventStatus][$eq]=cancelled', expected: ev(3) },
  {
    title: 'an enumeration $in',
    query: 'filters[eventStatus][$in][0]=cancelled&filters[eventStatus][$in][1]=postponed',
    expected: ev(3, 5),
  },
  { title: 'an enumeration $ne', query: 'filters[eventStatus][$ne]=scheduled', expected: ev(3, 5, 7, 8) },
  {
    title: 'a list of codes holding one, as the gateway asks ($contains of its JSON form)',
    query: 'filters[categories][$contains]="market"',
    expected: ev(1, 6),
  },
  { title: 'the quoted form is no prefix of another code', query: 'filters[categories][$contains]="guided"', expected: [] },
  {
    title: 'a list of codes holding both ($and)',
    query: 'filters[$and][0][categories][$contains]="concert"&filters[$and][1][categories][$contains]="festival"',
    expected: ev(7),
  },
  {
    title: 'a list of codes holding either ($or)',
    query: 'filters[$or][0][categories][$contains]="sport"&filters[$or][1][categories][$contains]="childrenActivity"',
    expected: ev(3, 5, 10),
  },
  { title: 'no list of codes at all ($null; an empty list is a list)', query: 'filters[categories][$null]=true', expected: ev(12) },
  {
    title: 'a list of codes without one ($not), no list never matching',
    query: 'filters[$not][categories][$contains]="market"',
    expected: ev(2, 3, 4, 5, 7, 8, 9, 10, 11),
  },
]);

const DOCUMENT_IDS = cases('event', [
  {
    title: 'many by documentId ($in): a draft and an unknown one are not found',
    query: `filters[documentId][$in][0]=${ev(3)}&filters[documentId][$in][1]=${ev(13)}&filters[documentId][$in][2]=${'z'.repeat(24)}`,
    expected: ev(3),
  },
  { title: 'one by documentId ($eq)', query: `filters[documentId][$eq]=${ev(6)}`, expected: ev(6) },
  {
    title: 'all but some ($notIn)',
    query: ev(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
      .map((id, i) => `filters[documentId][$notIn][${i}]=${id}`)
      .join('&'),
    expected: ev(11, 12),
  },
]);

const LOGIC = cases('event', [
  { title: '$and', query: 'filters[$and][0][price][$gte]=5&filters[$and][1][locality][$eq]=Bruxelles', expected: ev(8, 9) },
  { title: '$or', query: 'filters[$or][0][price][$lt]=1&filters[$or][1][eventStatus][$eq]=cancelled', expected: ev(3, 4) },
  { title: '$not is no complement: a missing value matches neither', query: 'filters[$not][price][$gt]=5', expected: ev(1, 4, 6, 11) },
  { title: "a field's $not, the same", query: 'filters[price][$not][$gt]=5', expected: ev(1, 4, 6, 11) },
  {
    title: '$not over $or, in three-valued logic',
    query: 'filters[$not][$or][0][price][$lt]=1&filters[$not][$or][1][eventStatus][$eq]=cancelled',
    expected: ev(1, 5, 6, 7, 8, 9, 10, 11),
  },
  {
    title: '$or of $and',
    query: 'filters[$or][0][$and][0][locality][$eq]=Eupen&filters[$or][0][$and][1][allDay][$eq]=true&filters[$or][1][price][$gte]=100',
    expected: ev(4, 5),
  },
]);

const RELATIONS: FilterCase[] = [
  ...cases('agenda-item', [
    { title: "the related entry's documentId", query: `filters[meeting][documentId][$eq]=${meeting(2)}`, expected: item(5, 6, 8) },
    { title: "the related entry's attribute", query: 'filters[meeting][meetingType][$eq]=council', expected: item(1, 2, 3, 4) },
    {
      title: "the related entry's documentId $in",
      query: `filters[meeting][documentId][$in][0]=${meeting(1)}&filters[meeting][documentId][$in][1]=${meeting(3)}`,
      expected: item(1, 2, 3, 4),
    },
    { title: '$not through a relation to one', query: `filters[$not][meeting][documentId][$eq]=${meeting(1)}`, expected: item(5, 6, 8) },
  ]),
  ...cases('meeting', [
    {
      title: 'through a relation to many',
      query: `filters[organizations][documentId][$in][0]=${documents('org', 2)[0]}`,
      expected: meeting(1, 2),
    },
    { title: 'through the other side of a relation', query: 'filters[agendaItems][order][$eq]=0', expected: meeting(1, 2) },
    { title: 'never through a draft', query: 'filters[agendaItems][order][$eq]=3', expected: [] },
    {
      title: '$not through a relation to many: some related entry does not match (none: unknown)',
      query: 'filters[$not][agendaItems][order][$eq]=0',
      expected: meeting(1, 2),
    },
    {
      title: 'each mention of a relation is a related entry of its own',
      query: 'filters[$and][0][agendaItems][order][$eq]=0&filters[$and][1][agendaItems][order][$eq]=11',
      expected: meeting(2),
    },
    { title: 'nothing related matches', query: 'filters[organizations][organizationType][$eq]=committee', expected: [] },
  ]),
  ...cases('service-request', [
    {
      title: 'from a kind without locales to one with',
      query: 'filters[serviceType][serviceCode][$eq]=pothole',
      expected: documents('srq', 1, 3),
    },
  ]),
];

const IN_A_LOCALE: FilterCase[] = [
  ...cases('event', [{ title: "the asked locale's words", query: 'locale=de&filters[name][$containsi]=markt', expected: ev(1, 6) }]),
  ...cases('agenda-item', [
    { title: "the asked locale's links", query: `locale=de&filters[meeting][documentId][$eq]=${meeting(1)}`, expected: item(1, 2) },
  ]),
];

/** Filters per operator and type, as the gateway sends them; `mayAlso` marks what depends on the database. */
export function defineFilterContract({ client }: ContractContext) {
  const check = async ({ kind, query, expected, mayAlso }: FilterCase) => {
    const found = sorted(idsOf(await client.all(pathOf(kind), query)));
    if (!mayAlso) return expect(found).toEqual(sorted(expected));
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(found.filter((id) => !expected.includes(id) && !mayAlso.includes(id))).toEqual([]);
  };
  describe('filters', () => {
    for (const [family, list] of Object.entries({
      text: TEXT,
      integers: INTEGERS,
      decimals: DECIMALS,
      booleans: BOOLEANS,
      instants: INSTANTS,
      days: DAYS,
      codes: CODES,
      documentIds: DOCUMENT_IDS,
      logic: LOGIC,
      relations: RELATIONS,
      locale: IN_A_LOCALE,
    })) {
      describe(family, () => it.each(list)('$title', check));
    }

    it('on updatedAt, for what changed since an instant ($gt)', async () => {
      const entries = await client.all(pathOf('event'), 'fields[0]=updatedAt');
      const since = String(sorted(entries.map((e) => String(e.updatedAt)))[Math.floor(entries.length / 2)]);
      const found = await client.all(pathOf('event'), `filters[updatedAt][$gt]=${since}`);
      expect(sorted(idsOf(found))).toEqual(sorted(idsOf(entries.filter((e) => Date.parse(String(e.updatedAt)) > Date.parse(since)))));
    });
  });
}
