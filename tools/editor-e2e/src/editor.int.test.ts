import { join } from 'node:path';
import { contentTypeNamed, namingOf } from '@communes/domain';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type EditorBrowser, openEditorBrowser } from './harness/editor-browser';
import { ARTIFACTS_DIR } from './harness/paths';
import { readRest } from './harness/read-published';
import { screenshotsFor } from './harness/screenshots';
import { sharedSession } from './harness/shared-session';
import { writeTestPicture } from './harness/write-test-picture';
import { adminWordsFor } from './pages/admin-words';
import { fieldLabels } from './pages/field-labels';
import { chooseRelation, fillDateTime, fillText, type FormField, setBoolean } from './pages/fill-field';
import { openCreateForm, openEntry } from './pages/open-content-type';
import { publishEntry } from './pages/publish-entry';
import { saveEntry } from './pages/save-entry';
import { describeImage, uploadImage } from './pages/upload-image';

const uid = (singular: string) => namingOf(contentTypeNamed(singular)).uid;
const MEETING = uid('meeting');
const ITEM = uid('agenda-item');
const NEWS = uid('news-item');

/** One town, one gateway and the Editor's login, shared by every scenario file (global setup). */
const session = sharedSession();
/** Strapi's own words, in the interface language the Editor's account gets. */
const words = adminWordsFor(session.language);
let editor: EditorBrowser;
let page: Page;
/** Each type's fields, by model name, with the label its form shows. */
const fields: Record<string, Record<string, FormField>> = {};
const field = (type: string, name: string): FormField => fields[type]?.[name] ?? { name, label: name };

/** The public REST API, as a visitor (or a town's website) reads it. */
const read = <T>(path: string) => readRest<T>(session, path);

beforeAll(async () => {
  editor = await openEditorBrowser(session);
  page = editor.page;
});

afterAll(async () => {
  await editor?.close();
});

describe('the Editor in the admin panel, in French', () => {
  const shot = screenshotsFor('editor');

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await shot(page, 'failed').catch(() => undefined);
  });

  it("reads each type's form labels as the Editor (the Content Manager configuration the Editor may read)", async () => {
    await page.goto(`${session.townUrl}/admin`);
    for (const [type, typeUid] of [
      ['meeting', MEETING],
      ['agenda-item', ITEM],
      ['news-item', NEWS],
    ] as const) {
      const labels = await fieldLabels(page, typeUid);
      fields[type] = Object.fromEntries(Object.entries(labels).map(([name, label]) => [name, { name, label }]));
    }
    expect(field('meeting', 'agendaItems').label).not.toBe('agendaItems');
  });

  let meetingId: string;
  const itemIds: string[] = [];

  it('creates a meeting and two agenda items, and publishes the meeting without a warning: its items go live with it', async () => {
    await openCreateForm(page, session.townUrl, MEETING);
    await fillText(page, field('meeting', 'name'), 'Conseil communal du 15 décembre');
    await fillDateTime(page, field('meeting', 'start'), '2026-12-15', '19:00', words);
    meetingId = await saveEntry(page, words);
    await shot(page, 'meeting-saved');

    for (const [order, name, open] of [
      ['0', 'Budget 2027', true],
      ['1', 'Désignation d’un agent', false],
    ] as const) {
      await openCreateForm(page, session.townUrl, ITEM);
      await chooseRelation(page, field('agenda-item', 'meeting'), 'Conseil communal du 15 décembre');
      await fillText(page, field('agenda-item', 'order'), order);
      await fillText(page, field('agenda-item', 'name'), name);
      if (!open) await setBoolean(page, field('agenda-item', 'public'), false);
      itemIds.push(await saveEntry(page, words));
      await shot(page, `agenda-item-${order}-saved`);
    }

    await openEntry(page, session.townUrl, MEETING, meetingId);
    const outcome = await publishEntry(page, words);
    await shot(page, 'meeting-published');
    expect(outcome).toEqual({ kind: 'published' });

    const meeting = await read<{ name: string; agendaItems: { documentId: string; name: string; public: boolean }[] }>(
      `/communes-council/meetings/${meetingId}?populate=agendaItems`,
    );
    expect(meeting.status).toBe(200);
    expect(meeting.data.name).toBe('Conseil communal du 15 décembre');
    expect(
      meeting.data.agendaItems
        .map(({ documentId, name, public: open }) => ({ documentId, name, public: open }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    ).toEqual([
      { documentId: itemIds[0], name: 'Budget 2027', public: true },
      { documentId: itemIds[1], name: 'Désignation d’un agent', public: false },
    ]);
    const item = await read<{ meeting: { documentId: string } }>(`/communes-council/agenda-items/${itemIds[0]}?populate=meeting`);
    expect(item.data.meeting.documentId).toBe(meetingId);
  });

  it('keeps a saved draft out of the public API', async () => {
    await openCreateForm(page, session.townUrl, MEETING);
    await fillText(page, field('meeting', 'name'), 'Commission des travaux (brouillon)');
    await fillDateTime(page, field('meeting', 'start'), '2027-01-12', '18:30', words);
    const draftId = await saveEntry(page, words);
    await shot(page, 'draft-saved');
    expect((await read(`/communes-council/meetings/${draftId}`)).status).toBe(404);
    const list = await read<{ documentId: string }[]>('/communes-council/meetings');
    expect(list.data.map((meeting) => meeting.documentId)).toEqual([meetingId]);
  });

  it('uploads a picture into a news item: publishing asks for its alternative text, which the API then serves', async () => {
    const picture = writeTestPicture(join(ARTIFACTS_DIR, 'kiosque.png'));
    await openCreateForm(page, session.townUrl, NEWS);
    await fillText(page, field('news-item', 'headline'), 'Fête de la musique au kiosque');
    await fillDateTime(page, field('news-item', 'datePublished'), '2026-06-01', '08:00', words);
    await uploadImage(page, field('news-item', 'image'), picture, words);
    const newsId = await saveEntry(page, words);
    await shot(page, 'news-item-saved');

    const refused = await publishEntry(page, words);
    await page.getByRole('region', { name: field('news-item', 'image').label, exact: true }).scrollIntoViewIfNeeded();
    await shot(page, 'news-item-refused');
    expect(refused).toMatchObject({ kind: 'refused' });
    expect(refused.kind === 'refused' && refused.message).toContain('L’image « kiosque.png » n’a pas de texte alternatif');
    await expect(
      page
        .getByRole('tabpanel')
        .first()
        .getByText(/n’a pas de texte alternatif/)
        .count(),
    ).resolves.toBeGreaterThan(0);
    expect((await read(`/communes-news/news-items/${newsId}`)).status).toBe(404);

    await describeImage(page, field('news-item', 'image'), 'Le kiosque du parc, un soir de concert', words);
    expect(await publishEntry(page, words)).toEqual({ kind: 'published' });
    await shot(page, 'news-item-published');
    const news = await read<{ image: { alternativeText: string; mime: string } }>(`/communes-news/news-items/${newsId}?populate=image`);
    expect(news.data.image).toMatchObject({ alternativeText: 'Le kiosque du parc, un soir de concert', mime: 'image/png' });
  });
});
