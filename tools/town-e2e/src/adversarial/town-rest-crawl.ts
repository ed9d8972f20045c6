import { badFilterValues } from './bad-filter-values';
import type { Probe } from './create-crawl';
import type { KindAttribute, KindSchema } from './kind-schemas';
import { notServed, refused400, refusedOrEmpty, refusedOrPublished } from './oracles';
import { FILE_TEXT_FIELDS, kindOf, localesOf, TEXT_TYPES, toQuery, type RestTarget } from './rest-target';

/** No published public entry holds the word: any match on it is a draft, an edit or a private field. */
const MARK = 'canary';

/**
 * The town REST crawl: every kind × every parameter family, from the kinds' schemas.
 * Lists, populate, fields, sort, locale and pagination must show no canary; a search or a
 * filter for "canary" on any path (the kind's attributes, its relations' and files',
 * `localizations`) must match nothing; parameters asking for drafts must be refused or
 * harmless; malformed filter values must never get a 500.
 */
export function townRestProbes(target: RestTarget): Probe[] {
  return target.kinds.flatMap((kind) => kindProbes(target, kind));
}

function kindProbes(target: RestTarget, kind: KindSchema): Probe[] {
  const probes: Probe[] = [];
  const url = (params: [string, string][]) => `${target.api}${kind.restPath}${params.length ? `?${toQuery(params)}` : ''}`;
  const add = (attack: string, params: [string, string][], check?: Probe['check']) =>
    probes.push({ surface: 'town', attack, url: url(params), check });
  const published = target.totals[kind.singular] ?? 0;
  const attributes = Object.entries(kind.attributes);
  const locales = localesOf(target, kind);
  const inLocale = (locale: string | undefined): [string, string][] => (locale ? [['locale', locale]] : []);
  /** The fields of a relation's target kind that `keep` selects. */
  const targetFields = (relation: KindAttribute, keep: (b: KindAttribute) => boolean) =>
    Object.entries(kindOf(target, relation.target!).attributes)
      .filter(([, b]) => keep(b))
      .map(([field]) => field);

  // Every published entry, in every locale and all at once: no canary may show.
  for (const locale of [...locales, ...(kind.localized ? ['*'] : [])]) {
    const entries = locale === '*' ? published * locales.length : published;
    for (let page = 1; page <= Math.max(1, Math.ceil(entries / 100)); page++)
      add('rest.list', [...inLocale(locale), ['pagination[page]', String(page)], ['pagination[pageSize]', '100']]);
  }

  // populate: everything, each relation two levels deep, the other locales.
  add('rest.populate', [
    ['populate', '*'],
    ['pagination[pageSize]', '100'],
  ]);
  for (const [name, a] of attributes.filter(([, a]) => a.type === 'relation')) {
    add('rest.populate', [
      [`populate[${name}][populate]`, '*'],
      ['pagination[pageSize]', '100'],
    ]);
    for (const field of targetFields(a, (b) => b.private === true)) {
      add('rest.populate', [[`populate[${name}][fields][0]`, field]], refused400(`populate ${name}.${field} (private)`));
    }
  }
  if (kind.localized)
    add('rest.populate', [
      ['populate[localizations]', '*'],
      ['pagination[pageSize]', '100'],
    ]);

  // fields and sort on every attribute; a private one is refused (its order is an oracle).
  for (const [name, a] of attributes) {
    if (a.type !== 'relation' && a.type !== 'media')
      add('rest.fields', [['fields[0]', name]], a.private ? refused400(`fields ${name} (private)`) : undefined);
    if (a.type !== 'relation' && a.type !== 'media' && a.type !== 'json')
      add(
        'rest.sort',
        [
          ['sort[0]', `${name}:asc`],
          ['pagination[pageSize]', '100'],
        ],
        a.private ? refused400(`sort on ${name} (private)`) : undefined,
      );
    if (a.type === 'relation') {
      for (const field of targetFields(a, (b) => b.private === true)) {
        add('rest.sort', [['sort[0]', `${name}.${field}:asc`]], refused400(`sort on ${name}.${field} (private)`));
      }
    }
  }

  // "canary" on every text path: the kind's, its relations', its files', its localizations'.
  for (const [name, a] of attributes) {
    if (TEXT_TYPES.includes(a.type)) {
      for (const locale of a.localized ? locales : [locales[0]])
        add(
          'rest.filter-canary',
          [...inLocale(locale), [`filters[${name}][$containsi]`, MARK]],
          refusedOrEmpty(`${name} $containsi canary${locale ? ` (${locale})` : ''}`),
        );
    }
    if (a.type === 'relation') {
      for (const field of targetFields(a, (b) => TEXT_TYPES.includes(b.type))) {
        add(
          'rest.filter-relation',
          [[`filters[${name}][${field}][$containsi]`, MARK]],
          refusedOrEmpty(`${name}.${field} $containsi canary`),
        );
      }
    }
    if (a.type === 'media') {
      for (const field of FILE_TEXT_FIELDS)
        add(
          'rest.filter-relation',
          [[`filters[${name}][${field}][$containsi]`, MARK]],
          refusedOrEmpty(`${name}.${field} $containsi canary`),
        );
    }
  }
  for (const [name] of attributes.filter(([, a]) => TEXT_TYPES.includes(a.type) && (a.localized || !kind.localized))) {
    add(
      'rest.filter-localizations',
      [[`filters[localizations][${name}][$containsi]`, MARK]],
      refusedOrEmpty(`localizations.${name} $containsi canary`),
    );
  }

  // _q, Strapi's full-text search over every string column: "canary" nowhere.
  for (const locale of locales)
    add('rest.q', [...inLocale(locale), ['_q', MARK]], refusedOrEmpty(`_q=canary${locale ? ` (${locale})` : ''}`));

  // Asking for drafts, in every way Strapi's parameters allow.
  for (const params of [
    [['status', 'draft']],
    [['status[0]', 'draft']],
    [
      ['status', 'published'],
      ['publicationFilter', 'never-published'],
    ],
    [['publicationFilter', 'has-published-version']],
    [['hasPublishedVersion', 'false']],
    [['hasPublishedVersion', 'true']],
    [['publicationFilter', 'modified']],
    [['publicationFilter', 'unmodified']],
    [['status', 'modified']],
  ] as [string, string][][]) {
    add('rest.drafts', params, refusedOrPublished(toQuery(params), published));
  }
  add('rest.drafts', [['filters[publishedAt][$null]', 'true']], refusedOrEmpty('publishedAt $null'));
  for (const [name, a] of attributes.filter(([, a]) => a.type === 'relation')) {
    const drafts = target.planting.neverPublished.filter((d) => d.kind === a.target);
    if (drafts.length)
      add(
        'rest.drafts',
        drafts.slice(0, 20).map((d, i) => [`filters[${name}][documentId][$in][${i}]`, d.documentId]),
        refusedOrEmpty(`${name} is a draft`),
      );
  }
  for (const draft of target.planting.neverPublished.filter((d) => d.kind === kind.singular)) {
    for (const locale of locales)
      probes.push({
        surface: 'town',
        attack: 'rest.find-one-draft',
        url: `${target.api}${kind.restPath}/${draft.documentId}${locale ? `?locale=${locale}` : ''}`,
        check: notServed(`draft ${draft.documentId}`),
      });
  }
  for (const edit of target.planting.edits.filter((d) => d.kind === kind.singular)) {
    for (const locale of locales) {
      for (const extra of ['', '&populate=*', '&status=draft'])
        probes.push({
          surface: 'town',
          attack: 'rest.find-one-edit',
          url: `${target.api}${kind.restPath}/${edit.documentId}?${locale ? `locale=${locale}` : ''}${extra}`,
        });
    }
  }

  // Locale and pagination abuse, and a malformed value on every attribute.
  for (const params of [
    [['locale', 'xx']],
    [['locale[0]', locales[0] ?? 'fr']],
    [['pagination[pageSize]', '101']],
    [['pagination[page]', '0']],
    [['pagination[start]', '-1']],
    [['pagination[pageSize]', '1e3']],
  ] as [string, string][][]) {
    add('rest.params', params, refused400(toQuery(params)));
  }
  // One malformed value per attribute, rotating through its type's: every type meets every case.
  attributes.forEach(([name, a], i) => {
    const values = badFilterValues(name, a);
    add('rest.bad-values', values[i % values.length]!);
  });
  return probes;
}
