import { communesModel, contentTypeNamed, editorTypeName, namingOf } from '@communes/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findDeveloperWording } from './checks/developer-wording';
import { inspectEditorForm } from './checks/inspect-editor-form';
import { type EditorBrowser, openEditorBrowser } from './harness/editor-browser';
import { screenshotsFor } from './harness/screenshots';
import { sharedSession } from './harness/shared-session';
import { screenshotWholePage } from './harness/whole-page-screenshot';
import { developerNames } from './model/developer-names';
import { minimalDraft } from './model/minimal-draft';
import { hiddenCodes, vocabulariesOf } from './model/vocabulary-fields';
import { createDraft } from './pages/create-draft';
import { INPUT_WORDS } from './pages/input-words';
import { leaveUnsavedForms } from './pages/leave-unsaved-forms';
import { openCreateForm } from './pages/open-content-type';
import { readContentTypesMenu } from './pages/read-content-types-menu';
import { readListView } from './pages/read-list-view';
import { readVisibleText } from './pages/read-visible-text';

/** The shared town is French-first: its Editor's admin speaks French. */
const LOCALE = 'fr';
const session = sharedSession();
let editor: EditorBrowser;

beforeAll(async () => {
  editor = await openEditorBrowser(session);
  // Each form gets items added to show its lists' parts, and is left unsaved.
  leaveUnsavedForms(editor.page);
});
afterAll(async () => {
  await editor?.close();
});

describe('every type the Editor can enter, in French: the model’s words, never a code, a regex, an RFC or JSON', () => {
  const shot = screenshotsFor('every-form');
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await shot(editor.page, 'failed').catch(() => undefined);
  });

  // Vitest declares tests before any page is read, so they are declared per type of the model;
  // this first one holds the menu to exactly those types, so that none offered goes unchecked.
  it('the Content Manager offers exactly the model’s types, by their French names', async () => {
    const menu = await readContentTypesMenu(editor.page, session.townUrl);
    expect(menu.length).toBeGreaterThan(0);
    expect(menu.map((type) => type.name)).toEqual(
      expect.arrayContaining(
        ['meeting', 'public-service', 'event', 'news-item'].map((name) => editorTypeName(contentTypeNamed(name), LOCALE)),
      ),
    );
    expect(menu.map((type) => type.uid).sort()).toEqual(communesModel.contentTypes.map((type) => namingOf(type).uid).sort());
  });

  for (const type of communesModel.contentTypes) {
    const { uid } = namingOf(type);
    const name = type.names.singular;

    it(`${name}: the create form has the model’s labels and vocabulary labels, no JSON editor, no developer wording`, async () => {
      const { page } = editor;
      await openCreateForm(page, session.townUrl, uid, LOCALE);
      const report = await inspectEditorForm(page, type, LOCALE, INPUT_WORDS.fr);
      await screenshotWholePage(page, (shown) => shot(shown, name));
      expect.soft(report.developerWording, 'developer wording on the page').toEqual([]);
      expect.soft(report.jsonEditors, 'raw JSON editors, by their label').toEqual([]);
      expect.soft(report.wrongLabels, 'labels that are not the model’s French ones').toEqual([]);
      expect.soft(report.developerLabels, 'labels that are a field’s name or its English label').toEqual([]);
      expect.soft(report.wrongChoices, 'vocabulary inputs not offering the French labels').toEqual([]);
      expect.soft(report.missingPickers, 'vocabulary fields without an input offering labels').toEqual([]);
    });

    const draft = minimalDraft(type, LOCALE);
    // Types that need another entry first (an agenda item, its meeting) have no cheap draft.
    if (!draft) continue;
    it(`${name}: the list shows a draft’s values in French words, never a vocabulary code`, async () => {
      const { page } = editor;
      const documentId = await createDraft(page, uid, draft, type.localized ? LOCALE : undefined);
      const list = await readListView(page, session.townUrl, uid, LOCALE);
      await shot(page, `${name}-list`);
      const row = list.rows.find((entry) => entry.documentId === documentId);
      expect(row, 'the draft’s row').toBeDefined();
      const codes = new Set(vocabulariesOf(type).flatMap((vocabulary) => hiddenCodes(vocabulary, LOCALE)));
      expect
        .soft(
          row!.cells.filter((cell) => codes.has(cell)),
          'vocabulary codes in the draft’s row',
        )
        .toEqual([]);
      const names = developerNames(type, LOCALE);
      expect
        .soft(
          list.headers.filter((header) => names.has(header)),
          'columns named by a field’s name',
        )
        .toEqual([]);
      expect.soft(findDeveloperWording(await readVisibleText(page)), 'developer wording on the page').toEqual([]);
    });
  }
});
