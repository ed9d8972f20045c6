import type { Probe } from './create-crawl';
import { refused400, refusedOrEmpty, refusedOrTotal } from './oracles';
import { kindOf, toQuery, type RestTarget } from './rest-target';

/**
 * A closed-session item at the town: read in every way (its withheld fields and links are
 * checked on every answer by the crawl), and filtered, counted and sorted on its withheld
 * fields at every path (the item's own, a meeting's items, a paper's items, localizations):
 * never a match, counts over public items only, sorting refused.
 */
export function closedItemProbes(target: RestTarget): Probe[] {
  const { closed, expected, locales, canaries } = target.planting;
  const probes: Probe[] = [];
  const path = (singular: string) => `${target.api}${kindOf(target, singular).restPath}`;
  const add = (attack: string, singular: string, params: [string, string][], check?: Probe['check']) =>
    probes.push({ surface: 'town', attack, url: `${path(singular)}?${toQuery(params)}`, check });
  const items = 'agenda-item';
  const resolution = canaries.filter((c) => c.site.startsWith('closed.resolutionText.'));
  const empty = (label: string, singular: string, params: [string, string][]) =>
    add('closed.filter', singular, params, refusedOrEmpty(label));

  // Read: the item alone and populated, its meeting with its items, its papers with theirs.
  for (const locale of locales) {
    for (const extra of [
      '',
      '&populate=*',
      '&populate[papers]=*&populate[decision]=*&populate[resolutionFile]=*&populate[auxiliaryFiles]=*',
      '&fields[0]=resolutionText&fields[1]=result',
    ]) {
      probes.push({ surface: 'town', attack: 'closed.read', url: `${path(items)}/${closed.documentId}?locale=${locale}${extra}` });
    }
    probes.push({
      surface: 'town',
      attack: 'closed.read',
      url: `${path('meeting')}/${closed.meeting}?locale=${locale}&populate[agendaItems][populate]=*`,
    });
    probes.push({
      surface: 'town',
      attack: 'closed.read',
      url: `${path(items)}?locale=${locale}&filters[meeting][documentId][$eq]=${closed.meeting}&populate=*`,
    });
    for (const paper of closed.papers)
      probes.push({ surface: 'town', attack: 'closed.read', url: `${path('paper')}/${paper}?locale=${locale}&populate=*` });
  }

  // Filters on withheld fields, at every path, never match the closed item.
  for (const canary of resolution) {
    const locale: [string, string] = ['locale', canary.locale!];
    empty('resolutionText', items, [locale, ['filters[resolutionText][$containsi]', canary.value]]);
    empty('localizations.resolutionText', items, [['filters[localizations][resolutionText][$containsi]', canary.value]]);
    empty('meetings: agendaItems.resolutionText', 'meeting', [locale, ['filters[agendaItems][resolutionText][$containsi]', canary.value]]);
    empty('papers: agendaItems.resolutionText', 'paper', [locale, ['filters[agendaItems][resolutionText][$containsi]', canary.value]]);
    empty('papers: decidedInAgendaItems.resolutionText', 'paper', [
      locale,
      ['filters[decidedInAgendaItems][resolutionText][$containsi]', canary.value],
    ]);
  }
  empty("start = the closed item's", items, [['filters[start][$eq]', closed.start]]);
  empty('end after 2030', items, [['filters[end][$gt]', '2030-01-01T00:00:00.000Z']]);
  empty('meetings: agendaItems.start after 2030', 'meeting', [['filters[agendaItems][start][$gt]', '2030-01-01T00:00:00.000Z']]);
  for (const [field, value] of [
    ['result', '$notNull'],
    ['resolutionText', '$notNull'],
    ['start', '$notNull'],
    ['end', '$notNull'],
  ] as const) {
    empty(`closed items with a ${field}`, items, [
      ['filters[public][$eq]', 'false'],
      [`filters[${field}][${value}]`, 'true'],
    ]);
    empty(`closed items with a ${field} (localizations)`, items, [
      ['filters[localizations][public][$eq]', 'false'],
      [`filters[localizations][${field}][${value}]`, 'true'],
    ]);
  }
  empty('closed items with a decision', items, [
    ['filters[public][$eq]', 'false'],
    ['filters[decision][id][$notNull]', 'true'],
  ]);
  empty('closed items with papers', items, [
    ['filters[public][$eq]', 'false'],
    ['filters[papers][id][$notNull]', 'true'],
  ]);
  empty('closed items with a resolution file', items, [
    ['filters[public][$eq]', 'false'],
    ['filters[resolutionFile][id][$notNull]', 'true'],
  ]);
  for (const paper of closed.papers) {
    empty("decision = a closed item's paper", items, [['filters[decision][documentId][$eq]', paper]]);
    empty("papers ∋ a closed item's paper", items, [['filters[papers][documentId][$eq]', paper]]);
    empty("meetings: agendaItems.papers ∋ a closed item's paper", 'meeting', [['filters[agendaItems][papers][documentId][$eq]', paper]]);
  }
  for (const field of ['agendaItems', 'decidedInAgendaItems']) {
    empty(`papers: ${field} ∋ the closed item`, 'paper', [[`filters[${field}][documentId][$eq]`, closed.documentId]]);
    empty(`papers: ${field}.public = false`, 'paper', [[`filters[${field}][public][$eq]`, 'false']]);
    empty(`papers: ${field}.localizations.public = false`, 'paper', [[`filters[${field}][localizations][public][$eq]`, 'false']]);
  }

  // Counts on a withheld field count public items only.
  for (const [code, count] of Object.entries(expected.byResult)) {
    add('closed.count', items, [['filters[result][$eq]', code]], refusedOrTotal(`result = ${code}`, count.items));
    add(
      'closed.count',
      'meeting',
      [['filters[agendaItems][result][$eq]', code]],
      refusedOrTotal(`meetings: agendaItems.result = ${code}`, count.meetings),
    );
  }
  add('closed.count', items, [['filters[start][$notNull]', 'true']], refusedOrTotal('start set', expected.publicItemsWithStart));
  add(
    'closed.count',
    items,
    [['filters[resolutionText][$notNull]', 'true']],
    refusedOrTotal('resolutionText set', expected.publicItemsWithResolution),
  );
  add(
    'closed.count',
    items,
    [['filters[decision][id][$notNull]', 'true']],
    refusedOrTotal('decision set', expected.publicItemsWithDecision),
  );

  // Sorting on a withheld field would place the closed item by its value: refused.
  for (const field of ['result', 'resolutionText', 'start', 'end']) {
    add('closed.sort', items, [['sort[0]', `${field}:asc`]], refused400(`sort on ${field} (withheld)`));
    add(
      'closed.sort',
      items,
      [
        ['sort[0]', `${field}:desc`],
        ['filters[public][$eq]', 'false'],
      ],
      refused400(`sort closed items on ${field} (withheld)`),
    );
  }
  add('closed.sort', items, [['sort[0]', 'decision.name:asc']], refused400('sort on decision.name (withheld link)'));
  return probes;
}
