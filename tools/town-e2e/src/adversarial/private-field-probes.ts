import type { Probe } from './create-crawl';
import { refused400, refusedOrEmpty, refusedOrPublished } from './oracles';
import { kindOf, toQuery, type RestTarget } from './rest-target';

/**
 * Count oracles on private fields: a filter, an `_q` or a relation path carrying a private
 * value must be refused or match nothing, or a reader could test guesses (is this e-mail
 * among the requesters?) without ever seeing a private field.
 */
export function privateFieldProbes(target: RestTarget): Probe[] {
  const probes: Probe[] = [];
  const requests = kindOf(target, 'service-request');
  const types = kindOf(target, 'service-type');
  const list = (path: string, params: [string, string][]) => `${target.api}${path}?${toQuery(params)}`;
  const add = (attack: string, path: string, params: [string, string][], check: Probe['check']) =>
    probes.push({ surface: 'town', attack, url: list(path, params), check });
  const published = target.totals['service-request'] ?? 0;

  for (const canary of target.planting.canaries.filter((c) => c.family === 'private')) {
    const field = canary.field!;
    const value = canary.value;
    const label = (op: string) => `${field} ${op} (private)`;
    const operators: [string, string][] = [
      ['$eq', value],
      ['$eqi', value.toLowerCase()],
      ['$containsi', value.slice(0, 12)],
      ['$startsWith', value.slice(0, 12)],
      ['$endsWith', value.slice(-8)],
      ['$in][0', value],
    ];
    for (const [op, v] of operators) add('private.filter', requests.restPath, [[`filters[${field}][${op}]`, v]], refusedOrEmpty(label(op)));
    add(
      'private.filter',
      requests.restPath,
      [
        [`filters[$or][0][${field}][$eq]`, value],
        [`filters[$or][1][documentId][$eq]`, 'aaaaaaaaaaaaaaaaaaaaaaaa'],
      ],
      refusedOrEmpty(label('$or')),
    );
    add('private.filter', requests.restPath, [[`filters[$and][0][${field}][$eq]`, value]], refusedOrEmpty(label('$and')));
    add('private.filter', requests.restPath, [[`filters[${field}][$null]`, 'true']], refusedOrEmpty(label('$null')));
    add('private.filter', requests.restPath, [[`filters[${field}][$notNull]`, 'true']], refusedOrPublished(label('$notNull'), published));
    add(
      'private.relation-filter',
      types.restPath,
      [[`filters[serviceRequests][${field}][$eq]`, value]],
      refusedOrEmpty(`service-types: serviceRequests.${field} (private)`),
    );
    add('private.q', requests.restPath, [['_q', value]], refusedOrEmpty(`_q on ${field} (private)`));
  }
  // Sorting on a private field orders entries by it; selecting or populating it asks for it.
  for (const [field] of Object.entries(requests.attributes).filter(([, a]) => a.private)) {
    add('private.sort', requests.restPath, [['sort[0]', `${field}:asc`]], refused400(`sort on ${field} (private)`));
    add(
      'private.sort',
      types.restPath,
      [['sort[0]', `serviceRequests.${field}:asc`]],
      refused400(`service-types: sort on serviceRequests.${field} (private)`),
    );
    add('private.fields', requests.restPath, [['fields[0]', field]], refused400(`fields ${field} (private)`));
    add(
      'private.fields',
      types.restPath,
      [['populate[serviceRequests][fields][0]', field]],
      refused400(`service-types: populate serviceRequests.${field} (private)`),
    );
  }
  // The seeder's requesters, e-mails all `resident.<n>@example.org`.
  for (const q of ['resident.', '@example.org'])
    add('private.q', requests.restPath, [['_q', q]], refusedOrEmpty(`_q=${q} (seeded requesters' e-mails)`));
  for (const extra of ['', '?populate=*', '?fields[0]=requesterEmail', '?status=draft']) {
    probes.push({
      surface: 'town',
      attack: 'private.read',
      url: `${target.api}${requests.restPath}/${target.planting.privateRequest}${extra}`,
    });
  }
  return probes;
}
