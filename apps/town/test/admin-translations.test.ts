import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

type Messages = Record<string, string>;

const WORDS_DIR = join(__dirname, '..', 'src', 'admin', 'strapi-words');
const LOCALES = ['fr', 'nl', 'de'] as const;
type Locale = (typeof LOCALES)[number];

/** Strapi's packages whose words an editor reads: where each keeps them, and its keys' prefix in `config.translations`. */
const PACKAGES = [
  { name: '@strapi/admin', translations: 'dist/admin/admin/src/translations', prefix: '' },
  { name: '@strapi/content-manager', translations: 'dist/admin/translations', prefix: 'content-manager.' },
  { name: '@strapi/upload', translations: 'dist/admin/translations', prefix: 'upload.' },
  { name: '@strapi/i18n', translations: 'dist/admin/translations', prefix: 'i18n.' },
] as const;

/** Admin keys an editor never meets, left in English; each words file names them, with the reason. */
const LEFT_OUT = [
  'Settings.adminTokens',
  'Settings.apiTokens',
  'Settings.tokens',
  'Settings.transferTokens',
  'Settings.webhooks',
  'Settings.sso',
  'Settings.roles',
  'Settings.permissions',
  'Settings.application',
  'Settings.content-history',
  'Settings.page',
  'Usecase',
  'tours',
  'app.components.GuidedTour',
  'app.components.FreeTrialEndedModal',
  'app.components.FreeTrialWelcomeModal',
  'app.components.UpsellBanner',
  'app.components.LeftMenu.trialCountdown',
  'widget.last-activity',
  'notification.ee',
];
const isLeftOut = (key: string) => LEFT_OUT.some((prefix) => key === prefix || key.startsWith(`${prefix}.`));

/** The words of Strapi's own that ours replace, because Strapi's are broken (each marked "override" in its file). */
const OVERRIDES: Record<Locale, string[]> = {
  fr: ['content-manager.utils.data-loaded'],
  nl: ['content-manager.containers.list.items'],
  de: ['content-manager.components.DynamicZone.missing-components', 'content-manager.containers.list.items', 'upload.list.assets.selected'],
};

/**
 * Ids Strapi's code asks for with only an English `defaultMessage` (no en.json entry): the
 * Content Manager's search boxes and its list's status column. Each is held to the Content
 * Manager's file that
 * asks for it, so that a Strapi upgrade dropping the id fails here.
 */
const DEFAULT_MESSAGE_ONLY = [
  { key: 'search.placeholder', id: 'search.placeholder', source: 'dist/admin/components/LeftMenu.mjs' },
  {
    key: 'content-manager.containers.list.table-headers.status',
    id: 'containers.list.table-headers.status',
    source: 'dist/admin/pages/ListView/ListViewPage.mjs',
  },
];
const isDefaultMessageOnly = (key: string) => DEFAULT_MESSAGE_ONLY.some((entry) => entry.key === key);

const requireFromTown = createRequire(__filename);
const loadDefault = async <T>(file: string): Promise<T> => ((await import(pathToFileURL(file).href)) as { default: T }).default;
const loadMessages = (file: string) => loadDefault<Messages>(file);

/** One language of every package, keyed as `config.translations` keys it. */
async function loadStrapiMessages(language: string): Promise<Messages> {
  const all: Messages = {};
  for (const { name, translations, prefix } of PACKAGES) {
    const dir = join(dirname(requireFromTown.resolve(`${name}/package.json`)), translations);
    for (const [key, value] of Object.entries(await loadMessages(join(dir, `${language}.json.mjs`)))) all[prefix + key] = value;
  }
  return all;
}

/**
 * What an ICU message takes from the code and the markup it holds, sorted: its arguments (`{name}`,
 * `{count, plural}`, a select with its cases) and its tags (`<b>`). Reads the syntax react-intl
 * reads: an apostrophe before `{`, `}`, `<`, `>` (or `#` in a plural) quotes them. Throws on a
 * message react-intl could not parse.
 */
function icuSignature(message: string): string[] {
  const found = new Set<string>();
  let i = 0;
  const fail = (expected: string): never => {
    throw new Error(`expected ${expected} at ${i} in ${JSON.stringify(message)}`);
  };
  const skipSpace = () => {
    while (/\s/.test(message[i] ?? '')) i++;
  };
  const word = () => {
    const start = i;
    while (i < message.length && !/[\s,{}]/.test(message[i]!)) i++;
    return message.slice(start, i);
  };

  /** Text up to the end, or to the `}` or `</` that closes it. */
  function text(inPlural: boolean): void {
    while (i < message.length) {
      const char = message[i]!;
      const next = message[i + 1] ?? '';
      if (char === "'" && next === "'") i += 2;
      else if (char === "'" && ('{}<>'.includes(next) || (inPlural && next === '#'))) quoted();
      else if (char === '{') argument();
      else if (char === '}' || (char === '<' && next === '/')) return;
      else if (char === '<' && /[a-z]/i.test(next)) tag(inPlural);
      else i++;
    }
  }
  function quoted(): void {
    i++;
    while (i < message.length) {
      if (message[i] === "'" && message[i + 1] === "'") i += 2;
      else if (message[i++] === "'") return;
    }
  }
  function argument(): void {
    i++;
    skipSpace();
    const name = word();
    if (!name) fail('an argument name');
    skipSpace();
    if (message[i] === '}') {
      i++;
      found.add(`{${name}}`);
      return;
    }
    if (message[i] !== ',') fail(`"," or "}" after {${name}`);
    i++;
    skipSpace();
    const type = word();
    skipSpace();
    if (type === 'number' || type === 'date' || type === 'time') {
      if (message[i] === ',') while (i < message.length && message[i] !== '}') i++;
      if (message[i++] !== '}') fail(`"}" closing {${name}, ${type}}`);
      found.add(`{${name}, ${type}}`);
      return;
    }
    if (type !== 'plural' && type !== 'selectordinal' && type !== 'select') fail(`an argument type, not "${type}"`);
    if (message[i++] !== ',') fail(`"," after {${name}, ${type}`);
    const cases: string[] = [];
    for (skipSpace(); message[i] !== '}'; skipSpace()) {
      const selector = word();
      if (!selector) fail(`a case of {${name}, ${type}}`);
      if (selector.startsWith('offset:')) continue;
      skipSpace();
      if (message[i++] !== '{') fail(`"{" after the case ${selector}`);
      text(type !== 'select');
      if (message[i++] !== '}') fail(`"}" closing the case ${selector}`);
      cases.push(selector);
    }
    i++;
    if (!cases.includes('other')) fail(`an "other" case in {${name}, ${type}}`);
    found.add(type === 'select' ? `{${name}, select, ${cases.sort().join(' ')}}` : `{${name}, ${type}}`);
  }
  function tag(inPlural: boolean): void {
    const start = ++i;
    while (/[\w.-]/.test(message[i] ?? '')) i++;
    const name = message.slice(start, i);
    if (message.startsWith('/>', i)) {
      i += 2;
      found.add(`<${name}/>`);
      return;
    }
    if (message[i++] !== '>') fail(`">" after <${name}`);
    text(inPlural);
    if (!message.startsWith(`</${name}>`, i)) fail(`</${name}>`);
    i += name.length + 3;
    found.add(`<${name}>`);
  }

  text(false);
  if (i < message.length) fail('the end of the message');
  return [...found].sort();
}

describe('icuSignature', () => {
  it('lists arguments, plurals, selects with their cases, and tags', () => {
    expect(
      icuSignature('<b>{count}</b> {count, plural, one {# entry} other {# entries}} by {author}{x, select, true {} other {}}'),
    ).toEqual(['<b>', '{author}', '{count, plural}', '{count}', '{x, select, other true}']);
  });

  it('reads what an apostrophe quotes as text, and a lone apostrophe as an apostrophe', () => {
    expect(icuSignature("l'entrée '{name}' d'{author}")).toEqual([]);
    expect(icuSignature('l’entrée {name}')).toEqual(['{name}']);
  });

  it('refuses what react-intl cannot parse', () => {
    expect(() => icuSignature('{number, plura, one {a} other {b}}')).toThrow('an argument type, not "plura"');
    expect(() => icuSignature('{number, plural, =1 {a} other {b} done')).toThrow('"{" after the case done');
    expect(() => icuSignature('{count, plural, one {a}}')).toThrow('an "other" case');
    expect(() => icuSignature('<b>bold')).toThrow('</b>');
  });
});

describe.each(LOCALES)("Strapi's admin words in %s", (locale) => {
  let english: Messages;
  let strapi: Messages;
  let ours: Messages;
  beforeAll(async () => {
    [english, strapi, ours] = await Promise.all([
      loadStrapiMessages('en'),
      loadStrapiMessages(locale),
      loadMessages(join(WORDS_DIR, `${locale}.mjs`)),
    ]);
  });
  const untranslated = (keys: string[]) => keys.filter((key) => !(key in strapi) && !(key in ours));

  it('has a word, Strapi’s or ours, for every key of the Content Manager, the media library and i18n', () => {
    const pluginKeys = Object.keys(english).filter((key) => /^(content-manager|upload|i18n)\./.test(key));
    expect(pluginKeys.length).toBeGreaterThan(800);
    expect(untranslated(pluginKeys)).toEqual([]);
  });

  it('has a word, Strapi’s or ours, for every admin key an editor meets (all but the left-out prefixes)', () => {
    const adminKeys = Object.keys(english).filter((key) => !/^(content-manager|upload|i18n)\./.test(key) && !isLeftOut(key));
    expect(adminKeys.length).toBeGreaterThan(500);
    expect(untranslated(adminKeys)).toEqual([]);
  });

  it("has only keys Strapi's English knows (no typo, no key Strapi has dropped)", () => {
    expect(Object.keys(ours).filter((key) => !(key in english) && !isDefaultMessageOnly(key))).toEqual([]);
  });

  it('words the ids Strapi asks for with an English default only, which its code still asks for', () => {
    for (const { key, id, source } of DEFAULT_MESSAGE_ONLY) {
      expect(ours[key], key).toBeTruthy();
      const contentManager = dirname(requireFromTown.resolve('@strapi/content-manager/package.json'));
      const quoted = [`'${id}'`, `\`${id}\``, `"${id}"`];
      const code = readFileSync(join(contentManager, source), 'utf8');
      expect(
        quoted.some((literal) => code.includes(literal)),
        `${id} in ${source}`,
      ).toBe(true);
    }
  });

  it('keeps the arguments, plurals, selects and tags of the English in every word', () => {
    const changed = Object.entries(ours)
      .filter(([key]) => key in english)
      .map(([key, value]) => ({ key, english: icuSignature(english[key]!), ours: icuSignature(value) }))
      .filter((entry) => entry.english.join() !== entry.ours.join());
    expect(changed).toEqual([]);
  });

  it("fills Strapi's gaps only, replacing just the broken words it lists as overrides", () => {
    expect(
      Object.keys(ours)
        .filter((key) => key in strapi)
        .sort(),
    ).toEqual([...OVERRIDES[locale]].sort());
  });

  it('names the prefixes it leaves in English at its top', () => {
    const header = readFileSync(join(WORDS_DIR, `${locale}.mjs`), 'utf8').split('export default')[0]!;
    expect(LEFT_OUT.filter((prefix) => !header.includes(prefix))).toEqual([]);
  });
});

describe('the admin panel configuration (src/admin/app.mjs)', () => {
  it("gives Strapi our words beside the content types' names, which win on their own keys", async () => {
    const adminDir = join(__dirname, '..', 'src', 'admin');
    const { config } = await loadDefault<{ config: { translations: Record<string, Messages> } }>(join(adminDir, 'app.mjs'));
    const typeNames = await loadDefault<Record<string, Messages>>(join(adminDir, 'generated', 'type-names.mjs'));
    expect(Object.keys(config.translations).sort()).toEqual(Object.keys(typeNames).sort());
    for (const locale of LOCALES) {
      const ours = await loadMessages(join(WORDS_DIR, `${locale}.mjs`));
      expect(config.translations[locale]).toEqual({ ...ours, ...typeNames[locale] });
    }
    expect(config.translations.fr!['content-manager.form.Input.hint.character.unit']).toBe(
      '{maxValue, plural, one { caractère} other { caractères}}',
    );
    expect(config.translations.en).toEqual(typeNames.en);
  });
});
