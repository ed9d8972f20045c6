import type { Locale, ResolvedContentType } from '@communes/domain';
import type { Page } from 'playwright-core';
import { developerNames } from '../model/developer-names';
import { editorLabelOf } from '../model/editor-text-of';
import { fieldAtPath } from '../model/field-at-path';
import { hiddenCodes, holdsVocabulary, isVocabularyField, type VocabularyField, vocabularyLabels } from '../model/vocabulary-fields';
import { addFirstItems } from '../pages/add-first-items';
import type { InputWords } from '../pages/input-words';
import { type FormLabel, readFormLabels } from '../pages/read-form-labels';
import { readVisibleText } from '../pages/read-visible-text';
import { readVocabularyChoices } from '../pages/read-vocabulary-choices';
import { findDeveloperWording } from './developer-wording';

/** What an editor would read on a form that a developer should have read instead; every list empty when all is well. */
export interface FormReport {
  /** Developer wording on the page, with its context. */
  developerWording: string[];
  /** The raw JSON editors (Strapi's CodeMirror JSON input) in the form, by the label above them. */
  jsonEditors: string[];
  /** Fields and parts whose label is not the model's in the editor's language (`expected` undefined: the model has none). */
  wrongLabels: { path: string; expected: string | undefined; shown: string[] }[];
  /** Labels that read as a field's name in the code or in English. */
  developerLabels: string[];
  /** Vocabulary inputs whose choices are not the vocabulary's labels, or show a code. */
  wrongChoices: { path: string; expected: (string | undefined)[]; shown: string[]; codesShown: string[] }[];
  /** Vocabulary fields that have no input offering their labels. */
  missingPickers: string[];
}

const LABELS_TIMEOUT_MS = 15_000;

/** The custom inputs load after the form: waits until every field's label shows, or the time is up. */
async function waitForLabels(page: Page, expected: readonly string[]): Promise<FormLabel[]> {
  const deadline = Date.now() + LABELS_TIMEOUT_MS;
  for (;;) {
    const labels = await readFormLabels(page);
    const shown = new Set(labels.map((label) => label.text));
    if (expected.every((text) => shown.has(text)) || Date.now() > deadline) return labels;
    await page.waitForTimeout(250);
  }
}

function wrongLabelsOf(type: ResolvedContentType, locale: Locale, labels: readonly FormLabel[]): FormReport['wrongLabels'] {
  const wrong: FormReport['wrongLabels'] = [];
  const shownFor = (path: string) => labels.filter((label) => label.path === path).map((label) => label.text);
  for (const [name, field] of Object.entries(type.fields)) {
    const expected = editorLabelOf(field, locale);
    if (field.kind === 'geoPoint') {
      // A map position is two inputs, each labelled "<the field's label>: <its part>".
      const columns = labels.filter((label) => label.path && fieldAtPath(type, label.path)?.field === field);
      const right = expected !== undefined && columns.length === 2 && columns.every((label) => label.text.startsWith(`${expected}: `));
      if (!right) wrong.push({ path: name, expected: expected && `${expected}: …`, shown: columns.map((label) => label.text) });
      continue;
    }
    const shown = shownFor(name);
    const right =
      expected !== undefined && (shown.length > 0 ? shown.every((text) => text === expected) : labels.some((l) => l.text === expected));
    if (!right) wrong.push({ path: name, expected, shown });
  }
  // The parts of structured values, named by their path (`cost.amount`, `channels.0.channelType`).
  for (const { path, text } of labels) {
    if (!path?.includes('.')) continue;
    const part = fieldAtPath(type, path);
    if (part && editorLabelOf(part.field, locale) !== text)
      wrong.push({ path, expected: editorLabelOf(part.field, locale), shown: [text] });
  }
  return wrong;
}

/**
 * Reads the edit form open on the page as its editor does, in the editor's language: adds an
 * item to each list holding a vocabulary (a channel's kind, opening hours' days) so that it
 * shows, then reads the labels, the text, the inputs and every vocabulary input's choices,
 * and compares them with the model's words.
 */
export async function inspectEditorForm(page: Page, type: ResolvedContentType, locale: Locale, words: InputWords): Promise<FormReport> {
  const fields = Object.entries(type.fields);
  await waitForLabels(
    page,
    fields.filter(([, field]) => field.kind !== 'geoPoint').map(([, field]) => editorLabelOf(field, locale) ?? ''),
  );
  const form = page.locator('main [role=tabpanel]').first();
  const input = (path: string) => form.locator(`[data-communes-field="${path}"]`);
  for (const [name, field] of fields) if (field.kind === 'struct' && holdsVocabulary(field)) await addFirstItems(input(name), words);

  const labels = await readFormLabels(page);
  const forbidden = developerNames(type, locale);
  // Strapi's JSON input is a CodeMirror 6 editor (`.cm-editor`); its Markdown editor is CodeMirror 5 (`.CodeMirror`).
  const jsonEditors = await form.locator('.cm-editor').evaluateAll((editors) =>
    editors.map((editor) => {
      let field = editor.parentElement;
      while (field && !field.querySelector('label')) field = field.parentElement;
      return field?.querySelector('label')?.textContent ?? '?';
    }),
  );

  const wrongChoices: FormReport['wrongChoices'] = [];
  const pickers = new Map<string, VocabularyField>();
  for (const { path } of labels) {
    const field = path === undefined ? undefined : fieldAtPath(type, path)?.field;
    if (field && isVocabularyField(field)) pickers.set(path!, field);
  }
  for (const [path, field] of pickers) {
    const shown = await readVocabularyChoices(page, input(path));
    const expected = vocabularyLabels(field.vocabulary, locale);
    const codes = hiddenCodes(field.vocabulary, locale);
    const codesShown = shown.filter((choice) => codes.includes(choice));
    if (codesShown.length > 0 || JSON.stringify(shown) !== JSON.stringify(expected))
      wrongChoices.push({ path, expected, shown, codesShown });
  }

  return {
    developerWording: findDeveloperWording(await readVisibleText(page)),
    jsonEditors,
    wrongLabels: wrongLabelsOf(type, locale, labels),
    developerLabels: labels.filter((label) => forbidden.has(label.text)).map((label) => `${label.path ?? '?'}: «${label.text}»`),
    wrongChoices,
    missingPickers: fields.filter(([name, field]) => isVocabularyField(field) && !pickers.has(name)).map(([name]) => name),
  };
}
