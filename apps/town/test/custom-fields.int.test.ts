import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentTypeNamed, namingOf } from '@communes/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTownInProcess, type InProcessTown } from './start-town-in-process';

const PLUGINS = join(__dirname, '..', '..', '..', 'plugins');
const uid = (singular: string) => namingOf(contentTypeNamed(singular)).uid as never;

/** Every `customField` uid the generated schemas use, by plugin folder. */
const usedCustomFields = (): string[] =>
  readdirSync(PLUGINS).flatMap((plugin) => {
    const dir = join(PLUGINS, plugin, 'server', 'content-types');
    let types: string[];
    try {
      types = readdirSync(dir);
    } catch {
      return [];
    }
    return types.flatMap((type) =>
      Object.values(JSON.parse(readFileSync(join(dir, type, 'schema.json'), 'utf8')).attributes as Record<string, { customField?: string }>)
        .map((attribute) => attribute.customField)
        .filter((name): name is string => name !== undefined),
    );
  });

let town: InProcessTown;
let api: string;

beforeAll(async () => {
  town = await startTownInProcess({ locales: ['fr', 'nl'] });
  api = `${await town.listen()}/api`;
});

afterAll(async () => {
  await town?.stop();
});

/** Writes through the Document Service, publishes, and reads the entry back as a visitor. */
async function roundTrip(singular: string, restPath: string, data: Record<string, unknown>) {
  const documents = town.strapi.documents(uid(singular));
  const created = (await documents.create({ locale: 'fr', data } as never)) as { documentId: string };
  await documents.publish({ documentId: created.documentId, locale: 'fr' } as never);
  const response = await fetch(`${api}/${restPath}/${created.documentId}?locale=fr`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Record<string, unknown> }).data;
}

describe('the structured fields are custom fields, stored as before', () => {
  it('registers every custom field the schemas use, under each plugin’s own name', () => {
    const registered = Object.keys(town.strapi.get('custom-fields').getAll());
    const used = [...new Set(usedCustomFields())];
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((name) => !registered.includes(name))).toEqual([]);
    expect(registered).toContain('plugin::communes-directory.opening-hours');
    expect(registered).toContain('plugin::communes-agenda.recurrence-rule');
  });

  it('keeps Strapi’s stored types (the same columns), and the input options for the admin', () => {
    const attributes = (singular: string) =>
      (town.strapi.contentType(uid(singular)) as unknown as { attributes: Record<string, Record<string, unknown>> }).attributes;
    expect(attributes('place').openingHours).toMatchObject({ type: 'json', customField: 'plugin::communes-directory.opening-hours' });
    expect(attributes('public-service').audiences).toMatchObject({ type: 'json', options: { vocabulary: { name: 'Audience' } } });
    expect(attributes('event').recurrenceRule).toMatchObject({ type: 'string', maxLength: 500 });
    expect(attributes('event').eventStatus).toMatchObject({ type: 'enumeration', enum: expect.arrayContaining(['scheduled']) });
  });

  it('serves over REST exactly what was written through the Document Service', async () => {
    const place = {
      name: 'Maison communale',
      placeType: 'department',
      openingHours: [
        { dayOfWeek: ['monday', 'tuesday'], opens: '08:30', closes: '12:00' },
        { dayOfWeek: ['monday'], opens: '13:30', closes: '16:00', validFrom: '2026-07-01', validThrough: '2026-08-31' },
        { dayOfWeek: ['friday'], closed: true, validFrom: '2026-12-25', validThrough: '2026-12-25' },
      ],
      phones: [{ label: 'Accueil', number: '+32 64 52 17 00' }],
      emails: [{ label: 'Accueil', address: 'accueil@seneffe.be' }],
      topics: ['citizenship'],
      geoLatitude: 50.5311,
      geoLongitude: 4.2613,
    };
    expect(await roundTrip('place', 'communes-directory/places', place)).toMatchObject(place);

    const service = {
      code: 'identity-card',
      name: 'Carte d’identité',
      audiences: ['newcomer', 'jobSeeker'],
      cost: { amount: 20.5, currency: 'EUR', description: 'Par carte' },
      channels: [{ channelType: 'online', url: 'https://seneffe.be/carte' }],
      legalBasis: [{ label: 'Loi du 19 juillet 1991', url: 'https://www.ejustice.just.fgov.be/' }],
    };
    expect(await roundTrip('public-service', 'communes-services/public-services', service)).toMatchObject(service);

    const event = {
      name: 'Marché hebdomadaire',
      start: '2026-03-07T07:00:00.000Z',
      recurrenceRule: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20261231',
      recurrenceExceptions: ['2026-04-04T06:00:00.000Z'],
      eventStatus: 'scheduled',
      categories: ['market'],
    };
    expect(await roundTrip('event', 'communes-agenda/events', event)).toMatchObject(event);
  });
});
