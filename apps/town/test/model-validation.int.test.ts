import { communesModel, contentTypeNamed, FIELD_RULES, namingOf, type Field } from '@communes/domain';
import { errors } from '@strapi/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTownInProcess, type InProcessTown } from './start-town-in-process';

const uid = (singular: string) => namingOf(contentTypeNamed(singular)).uid as never;

/** What the admin panel and REST clients get: Strapi's ValidationError, its errors by attribute. */
async function refusal(singular: string, data: Record<string, unknown>) {
  try {
    await town.strapi.documents(uid(singular)).create({ data: data as never, locale: 'fr' } as never);
  } catch (error) {
    const { name, message, details } = error as {
      name: string;
      message: string;
      details: { errors: { path: string[]; message: string }[] };
    };
    return {
      applicationError: error instanceof errors.ApplicationError,
      name,
      message,
      paths: details.errors.map((e) => e.path.join('.')),
    };
  }
  throw new Error(`${singular} saved ${JSON.stringify(data)}`);
}

let town: InProcessTown;

beforeAll(async () => {
  town = await startTownInProcess({ locales: ['fr', 'nl'] });
});

afterAll(async () => {
  await town?.stop();
});

const week = { dayOfWeek: ['monday'], opens: '08:30', closes: '12:00' };

describe('a town refuses structured values the model does not allow', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['place', { name: 'Maison communale', openingHours: [{ ...week, dayOfWeek: ['lundy'] }] }, 'openingHours'],
    ['place', { name: 'Maison communale', openingHours: [{ ...week, closes: '07:00' }] }, 'openingHours'],
    ['place', { name: 'Maison communale', phones: [{ label: 'Accueil' }] }, 'phones'],
    ['place', { name: 'Maison communale', emails: [{ address: 'accueil' }] }, 'emails'],
    ['place', { name: 'Maison communale', geoLatitude: 95, geoLongitude: 4.26 }, 'geoLatitude'],
    ['public-service', { name: 'Carte d’identité', audiences: ['Nouvel arrivant'] }, 'audiences'],
    ['public-service', { name: 'Carte d’identité', cost: { montant: '20 €' } }, 'cost'],
    ['public-service', { name: 'Carte d’identité', channels: [{ channelType: 'au guichet' }] }, 'channels'],
    ['event', { name: 'Marché', start: '2026-03-14T08:00:00.000Z', recurrenceRule: 'chaque samedi' }, 'recurrenceRule'],
    [
      'event',
      { name: 'Marché', start: '2026-03-14T08:00:00.000Z', recurrenceExceptions: ['2026-02-30T08:00:00Z'] },
      'recurrenceExceptions',
    ],
    ['event', { name: 'Marché', start: '2026-03-14T08:00:00.000Z', eventStatus: 'peut-être' }, 'eventStatus'],
  ];

  for (const [singular, data, field] of cases) {
    it(`${singular}: refuses a bad ${field} as a ValidationError naming it`, async () => {
      const answer = await refusal(singular, data);
      expect(answer).toMatchObject({ applicationError: true, name: 'ValidationError', paths: [field] });
      expect(answer.message.startsWith(`${field}: `)).toBe(true);
    });
  }

  // Every field whose storage (JSON, free text) says less than the model: a value of the
  // wrong shape for each, whichever type holds it, so a field added later is covered too.
  const wrongShape: Partial<Record<Field['kind'], unknown>> = {
    struct: 'lundi 8-12',
    enumerationList: ['not-a-code'],
    memberList: ['<script>alert(1)</script>'],
    enumeration: 'not-a-code',
    json: 'not JSON of the expected shape',
  };
  const everyStructuredField = communesModel.contentTypes.flatMap((type) =>
    Object.entries(type.fields)
      // Free JSON takes any shape, unless the model gives it a rule of its own.
      .filter(([name, field]) =>
        field.kind === 'json' ? FIELD_RULES[type.names.singular]?.[name] !== undefined : field.kind in wrongShape,
      )
      .map(([name, field]) => [type.names.singular, name, field] as const),
  );

  it(`refuses a value of the wrong shape in each of the model's ${everyStructuredField.length} structured and coded fields`, async () => {
    expect(everyStructuredField.length).toBeGreaterThan(20);
    const saved: string[] = [];
    for (const [singular, name, field] of everyStructuredField) {
      const bad = name === 'recurrenceRule' ? 'chaque samedi' : wrongShape[field.kind];
      const answer = await refusal(singular, { [name]: bad }).catch(() => undefined);
      if (answer?.name !== 'ValidationError' || !answer.paths.includes(name)) saved.push(`${singular}.${name}`);
    }
    expect(saved).toEqual([]);
  });

  it("names a service request's answer by its question's code and keeps the answer's shape", async () => {
    const { message, paths } = await refusal('service-request', { attributeValues: { taille: { valeur: 'grand' } } });
    expect(paths).toEqual(['attributeValues']);
    expect(message).toBe('attributeValues: taille : Un texte est attendu.');
  });

  it('says what is wrong in the town’s language, with the vocabulary’s labels', async () => {
    const { message } = await refusal('place', { name: 'Maison communale', openingHours: [{ ...week, dayOfWeek: ['lundy'] }] });
    expect(message).toBe('openingHours: n° 1 › Jours › n° 1 : Valeur inconnue « lundy » : choisissez Lundi, Mardi, Mercredi, …');
  });

  it('says in the town’s language what is wrong with a member an editor typed', async () => {
    const { message, paths } = await refusal('event', {
      name: 'Marché',
      start: '2026-03-14T08:00:00.000Z',
      sharedWithMembers: ['sambreville', 'Fleurus Ville'],
    });
    expect(paths).toEqual(['sharedWithMembers']);
    expect(message).toMatch(/^sharedWithMembers: n° 2 : Identifiant de membre invalide : lettres minuscules, chiffres et tirets/);
  });

  it('refuses a bad value in a draft, and on update', async () => {
    const draft = await town.strapi.documents(uid('place')).create({ data: { name: 'Bibliothèque' } as never, locale: 'fr' } as never);
    await expect(
      town.strapi.documents(uid('place')).update({ documentId: draft.documentId, locale: 'fr', data: { topics: ['lecture'] } } as never),
    ).rejects.toMatchObject({ name: 'ValidationError', details: { errors: [{ path: ['topics'] }] } });
  });

  it('saves valid structured values unchanged', async () => {
    const data = {
      name: 'Maison communale',
      openingHours: [week, { dayOfWeek: ['sunday'], closed: true, validFrom: '2026-12-25', validThrough: '2026-12-26' }],
      phones: [{ label: 'Accueil', number: '+32 10 23 45 67' }],
      emails: [{ label: 'Accueil', address: 'accueil@commune.be' }],
      geoLatitude: 50.5311,
      geoLongitude: 4.2613,
    };
    const saved = await town.strapi.documents(uid('place')).create({ data: data as never, locale: 'fr' } as never);
    const read = await town.strapi.documents(uid('place')).findOne({ documentId: saved.documentId, locale: 'fr' } as never);
    expect(read).toMatchObject(data);

    const event = {
      name: 'Marché',
      start: '2026-03-14T08:00:00.000Z',
      recurrenceRule: 'FREQ=WEEKLY;BYDAY=SA',
      recurrenceExceptions: ['2026-03-21T08:00:00.000Z'],
      sharedWithMembers: ['sambreville', 'zp-sambreville-sombreffe'],
    };
    const savedEvent = await town.strapi.documents(uid('event')).create({ data: event as never, locale: 'fr' } as never);
    expect(savedEvent).toMatchObject(event);

    const service = {
      name: 'Carte d’identité',
      audiences: ['newcomer'],
      cost: { amount: 20, currency: 'EUR' },
      channels: [{ channelType: 'online' }],
    };
    const savedService = await town.strapi.documents(uid('public-service')).create({ data: service as never, locale: 'fr' } as never);
    expect(savedService).toMatchObject(service);
  });
});
