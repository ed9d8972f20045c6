import { contentTypeNamed, namingOf } from '@communes/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTownInProcess, type InProcessTown } from './start-town-in-process';

const uid = (singular: string) => namingOf(contentTypeNamed(singular)).uid as never;
const NEWS = uid('news-item');
const MEETING = uid('meeting');

type Entry = { documentId: string };
type Refusal = { name: string; message: string; details: { errors: { path: string[]; message: string }[] } };

let town: InProcessTown;
let api: string;

/** A file in the media library, as an upload leaves it: no alternative text unless given. */
async function storedFile(name: string, mime: string, alternativeText: string | null = null): Promise<number> {
  const hash = name.replace(/\W/g, '_');
  const file = (await town.strapi.db.query('plugin::upload.file').create({
    data: {
      name,
      hash,
      ext: name.slice(name.lastIndexOf('.')),
      mime,
      size: 1.2,
      url: `/uploads/${hash}`,
      provider: 'local',
      alternativeText,
    },
  })) as { id: number };
  return file.id;
}

const newsItem = (image: number) =>
  town.strapi.documents(NEWS).create({
    locale: 'fr',
    data: { headline: 'Fête de la musique', summary: 'Concerts au parc.', datePublished: '2026-06-01T08:00:00.000Z', image },
  } as never) as Promise<Entry>;

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: Refusal) => error,
  );

beforeAll(async () => {
  town = await startTownInProcess({ locales: ['fr', 'nl'] });
  api = `${await town.listen()}/api`;
});

afterAll(async () => {
  await town?.stop();
});

describe('no picture goes live without its alternative text', () => {
  it('saves a draft with a picture without alternative text, and refuses to publish it, naming the field in the town’s language', async () => {
    const draft = await newsItem(await storedFile('parc.jpg', 'image/jpeg'));
    const refusal = await refusalOf(town.strapi.documents(NEWS).publish({ documentId: draft.documentId, locale: 'fr' } as never));
    expect(refusal?.name).toBe('ValidationError');
    expect(refusal?.details.errors.map((error) => error.path)).toEqual([['image']]);
    expect(refusal?.message).toBe(
      'image: L’image « parc.jpg » n’a pas de texte alternatif : décrivez-la dans la médiathèque (Texte alternatif) avant de publier, pour qui ne peut pas la voir.',
    );
    expect((await fetch(`${api}/communes-news/news-items/${draft.documentId}`)).status).toBe(404);
  });

  it('refuses a create that publishes at once, and a blank text', async () => {
    const image = await storedFile('blank.png', 'image/png', '   ');
    const refusal = await refusalOf(
      town.strapi.documents(NEWS).create({
        locale: 'fr',
        status: 'published',
        data: { headline: 'Travaux', summary: 'Rue fermée.', datePublished: '2026-06-02T08:00:00.000Z', image },
      } as never),
    );
    expect(refusal?.details.errors[0]?.path).toEqual(['image']);
    const published = await town.strapi.db.query(NEWS).count({ where: { headline: 'Travaux', publishedAt: { $notNull: true } } });
    expect(published).toBe(0);
  });

  it('publishes once the picture is described, and serves the alternative text', async () => {
    const image = await storedFile('kiosque.jpg', 'image/jpeg');
    const draft = await newsItem(image);
    await town.strapi.db
      .query('plugin::upload.file')
      .update({ where: { id: image }, data: { alternativeText: 'Le kiosque du parc, un soir d’été' } });
    await town.strapi.documents(NEWS).publish({ documentId: draft.documentId, locale: 'fr' } as never);
    const response = await fetch(`${api}/communes-news/news-items/${draft.documentId}?populate=image`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { image: { alternativeText: string } } };
    expect(data.image.alternativeText).toBe('Le kiosque du parc, un soir d’été');
  });

  it('asks nothing of a file that is not a picture, among a meeting’s files', async () => {
    const pdf = await storedFile('ordre-du-jour.pdf', 'application/pdf');
    const photo = await storedFile('salle.jpg', 'image/jpeg');
    const meeting = (await town.strapi.documents(MEETING).create({
      locale: 'fr',
      data: { name: 'Conseil', start: '2026-12-15T19:00:00.000Z', auxiliaryFiles: [pdf] },
    } as never)) as Entry;
    await town.strapi.documents(MEETING).publish({ documentId: meeting.documentId, locale: 'fr' } as never);
    await town.strapi
      .documents(MEETING)
      .update({ documentId: meeting.documentId, locale: 'fr', data: { auxiliaryFiles: [pdf, photo] } } as never);
    const refusal = await refusalOf(town.strapi.documents(MEETING).publish({ documentId: meeting.documentId, locale: 'fr' } as never));
    expect(refusal?.details.errors.map((error) => error.path)).toEqual([['auxiliaryFiles']]);
    expect(refusal?.message).toContain('« salle.jpg »');
  });
});
