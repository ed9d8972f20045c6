import { communesModel, contentTypeNamed, geoColumns, type RelationField } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { planTown } from './plan-town';
import type { SeedRecord } from './seed-record';
import { DEMO_MEMBERS, DEMO_TOWNS } from './town-profiles';

const eupen = DEMO_TOWNS.find((t) => t.code === 'eupen')!;
const typeOf = (record: SeedRecord) => contentTypeNamed(record.type);
const snapshot = (records: SeedRecord[], locales: string[]) =>
  records.map((r) => ({ ...r, localized: Object.fromEntries(locales.map((l) => [l, r.localized(l)])) }));

describe('planTown', () => {
  const plan = planTown(eupen, 1);

  it('plans a town-year: 22 council meetings and about 1,700 entries', () => {
    expect(plan.filter((r) => r.type === 'meeting')).toHaveLength(22);
    expect(plan.length).toBeGreaterThan(1500);
    expect(plan.length).toBeLessThan(2500);
    for (const type of communesModel.contentTypes)
      expect(
        plan.some((r) => r.type === type.names.singular),
        type.names.singular,
      ).toBe(true);
  });

  it('gives the same content every time', () => {
    expect(JSON.stringify(snapshot(planTown(eupen, 1), eupen.locales))).toBe(JSON.stringify(snapshot(plan, eupen.locales)));
  });

  it('keeps every entry of a smaller scale unchanged at a larger one, so scaling up only adds', () => {
    const small = snapshot(planTown(eupen, 0.5), ['de']);
    const large = new Map(snapshot(planTown(eupen, 2), ['de']).map((r) => [`${r.type}:${r.key}`, JSON.stringify(r)]));
    for (const record of small)
      expect(large.get(`${record.type}:${record.key}`), `${record.type}:${record.key}`).toBe(JSON.stringify(record));
    expect(large.size).toBeGreaterThan(3 * small.length);
  });

  it('reaches 100,000 entries at scale 57', () => {
    expect(planTown(eupen, 57).length).toBeGreaterThanOrEqual(100_000);
  });

  it('gives each entry a key unique within its kind', () => {
    const keys = plan.map((r) => `${r.type}:${r.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes each relation target before the entries that point to it', () => {
    const seen = new Set<string>();
    for (const record of plan) {
      for (const [field, keys] of Object.entries(record.relations ?? {})) {
        const target = (typeOf(record).fields[field] as RelationField).target;
        for (const key of [keys].flat()) expect(seen.has(`${target}:${key}`), `${record.type}:${record.key}.${field} → ${key}`).toBe(true);
      }
      seen.add(`${record.type}:${record.key}`);
    }
  });

  it('fills only fields of the model, every required one, localized ones per locale', () => {
    for (const record of plan) {
      const type = typeOf(record);
      const attributes = new Set(
        Object.entries(type.fields).flatMap(([name, f]) => (f.kind === 'geoPoint' ? Object.values(geoColumns(name)) : [name])),
      );
      const data = { ...record.shared, ...record.localized('de'), ...record.relations };
      for (const name of Object.keys(data)) expect(attributes.has(name), `${record.type}.${name}`).toBe(true);
      for (const name of Object.keys(record.localized('fr')))
        expect(type.fields[name]?.localized, `${record.type}.${name} is localized`).toBe(true);
      for (const name of Object.keys(record.shared))
        expect(type.fields[name]?.localized, `${record.type}.${name} is shared`).not.toBe(true);
      for (const [name, field] of Object.entries(type.fields)) {
        if (field.required && !('default' in field)) expect(data[name], `${record.type}.${name}`).not.toBeUndefined();
      }
    }
  });

  it('writes each locale in its language', () => {
    const meeting = plan.find((r) => r.type === 'meeting')!;
    expect(meeting.localized('de').name).toMatch(/^Sitzung des Gemeinderates vom \d+\. \w+ 2026$/);
    expect(meeting.localized('fr').name).toMatch(/^Conseil communal du \d+ \S+ 2026$/);
  });

  it('leaves some entries as drafts', () => {
    expect(plan.filter((r) => r.draft).length).toBeGreaterThan(5);
  });

  it('uses no real address: every e-mail is on example.org, every date is valid', () => {
    const json = JSON.stringify(snapshot(plan, eupen.locales));
    for (const email of json.match(/[\w.+-]+@[\w.-]+/g) ?? []) expect(email).toMatch(/example\.org$/);
    for (const record of plan) {
      for (const [name, field] of Object.entries(typeOf(record).fields)) {
        const value = record.shared[name];
        if (value && (field.kind === 'date' || field.kind === 'dateTime'))
          expect(Number.isNaN(Date.parse(String(value))), `${record.key}.${name}=${value}`).toBe(false);
      }
    }
  });

  it('refuses a scale that is not a positive number', () => {
    expect(() => planTown(eupen, 0)).toThrow(/scale must be a positive number/);
    expect(() => planTown(eupen, Number.NaN)).toThrow(/scale/);
  });
});

describe('planTown for a member that runs some plugins only', () => {
  it('plans content in its domains only, as its own', () => {
    for (const member of DEMO_MEMBERS) {
      const plan = planTown(member, 0.3);
      const domains = [...new Set(plan.map((r) => typeOf(r).domain))].sort();
      expect(domains, member.code).toEqual([...member.domains!].sort());
      // Its own content, not a copy of the town whose places it borrows (drawn from its own code).
      const town = DEMO_TOWNS.find((t) => t.groups.province === member.groups.province)!;
      const townNews = new Set(planTown(town, 0.3).map((r) => JSON.stringify([r.shared, r.localized('fr')])));
      const copied = plan.filter((r) => townNews.has(JSON.stringify([r.shared, r.localized('fr')])));
      expect(copied.length, member.code).toBeLessThan(plan.length / 10);
    }
  });
});
