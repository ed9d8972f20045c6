import { communesModel } from '@communes/domain';
import { encodeNodeId } from '../../../../apps/gateway/src/towns/node-id';
import type { Crawl, Probe } from './create-crawl';
import { notServed, refused4xx } from './oracles';
import type { RegionTarget } from './region-target';

const JSON_LD: Record<string, string> = { events: 'event', places: 'place', 'public-services': 'public-service', news: 'news-item' };
const WHOLE_RANGE = 'from=2000-01-01&to=2100-01-01';

/**
 * The other open-data outputs, every endpoint and format, for each town, the group and the
 * whole region, in each locale: Open311 (JSON and XML, every service, requests over all time,
 * the private request and the draft by id), iCalendar, RSS and Atom, JSON-LD lists and each
 * listed item; bulk exports from the regional index; then the guessable: drafts by id, bad
 * parameters (4xx, never 5xx).
 */
export async function crawlOpenData(crawl: Crawl, region: RegionTarget): Promise<void> {
  const scopes = [...region.plantings.map((p) => `town=${p.town}`), 'group=wallonia', ''];
  const locales = ['', ...new Set(region.plantings.flatMap((p) => p.locales).map((l) => `locale=${l}`))];
  const get = (surface: string, attack: string, path: string, check?: Probe['check']): Probe => ({
    surface,
    attack,
    url: `${region.origin}${path}`,
    check,
  });
  const query = (...parts: string[]) => parts.filter(Boolean).join('&');

  const probes: Probe[] = [];
  for (const scope of scopes) {
    for (const locale of locales) {
      for (const feed of ['events', 'meetings'])
        probes.push(get('calendar', 'calendar', `/calendar/${feed}.ics?${query(scope, WHOLE_RANGE, locale, 'limit=2000')}`));
      for (const format of ['rss', 'atom'])
        probes.push(get('feeds', 'feeds', `/feeds/news.${format}?${query(scope, locale, 'limit=100')}`));
    }
    // With what the towns follow: the drafts are planted shared into every channel.
    probes.push(get('calendar', 'calendar', `/calendar/events.ics?${query(scope, WHOLE_RANGE, 'shared=true', 'limit=2000')}`));
    probes.push(get('feeds', 'feeds', `/feeds/news.atom?${query(scope, 'shared=true', 'limit=100')}`));
  }
  // Bulk exports from the regional index: every kind, every scope, codes and labels, CSV (plain and Excel) and NDJSON.
  for (const type of communesModel.contentTypes)
    for (const scope of scopes)
      for (const [format, options] of [
        ['csv', ''],
        ['csv', 'labels=fr&excel=true'],
        ['ndjson', 'labels=de'],
      ] as const)
        probes.push(get('export', 'export', `/export/${type.names.plural}.${format}?${query(scope, options)}`));
  // A filter on what the index never holds finds nothing or is refused: a closed item's result
  // (a code no public item has: a row would give the closed item away) or its resolution text.
  const headerOnly =
    (what: string): Probe['check'] =>
    (answer) =>
      answer.status === 400 || (answer.status === 200 && answer.text.trim().split('\r\n').length === 1)
        ? undefined
        : `an export filtered on ${what} matched rows (HTTP ${answer.status})`;
  for (const { town, closed } of region.plantings)
    probes.push(
      get(
        'export',
        'export.oracle',
        `/export/agenda-items.csv?town=${town}&filters[result][eq]=${encodeURIComponent(closed.result)}`,
        headerOnly("a closed item's result"),
      ),
    );
  // The lists' operators and relations on what a closed item withholds (its times, its
  // decision's link): the closed item must not match, whoever's item it is.
  for (const { town, closed } of region.plantings)
    for (const filter of [
      `filters[start][eq]=${encodeURIComponent(closed.start)}`,
      'filters[end][null]=false',
      `filters[decision][documentId][eq]=${closed.decision}`,
      `filters[papers][documentId][in]=${closed.papers.join('&filters[papers][documentId][in]=')}`,
    ])
      probes.push(
        get(
          'export',
          'export.oracle',
          `/export/agenda-items.csv?town=${town}&filters[documentId][eq]=${closed.documentId}&${filter}`,
          headerOnly(`a closed item's withheld field (${filter.slice(0, 40)})`),
        ),
      );
  for (const canary of region.plantings.flatMap((p) => p.canaries).filter((c) => c.family === 'closed' && c.field === 'resolutionText'))
    probes.push(
      get(
        'export',
        'export.oracle',
        `/export/agenda-items.csv?filters[resolutionText][eq]=${encodeURIComponent(canary.value)}`,
        headerOnly("a closed item's resolution"),
      ),
    );
  for (const bad of [
    '/export/no-such-kind.csv',
    '/export/service-requests.csv?filters[requesterLastName][eq]=x',
    '/export/events.csv?filters[start][gte]=2026-02-30',
    '/export/events.csv?fields=name',
    "/export/events.csv?filters[name')%20or%20true%20--][eq]=x",
    '/export/events.csv?town=nowhere',
    '/export/events.csv?shared=true',
    '/export/service-requests.csv?filters[requesterLastName][null]=false',
    '/export/agenda-items.csv?filters[meeting][nosuch][eq]=x',
    '/export/agenda-items.csv?filters[meeting][start][gte]=2026-02-30',
    '/export/agenda-items.csv?filters[order][gte]=1%20or%201=1',
  ])
    probes.push(get('export', 'export.params', bad, refused4xx(bad)));
  for (const bad of [
    'from=2026-02-30',
    'to=yesterday',
    'limit=0',
    'limit=99999',
    'category=no-such',
    'locale=xx_yy',
    'shared=yes',
    'shared=true&shared=false',
  ]) {
    probes.push(get('calendar', 'calendar.params', `/calendar/events.ics?${bad}`, refused4xx(`calendar ?${bad}`)));
    probes.push(get('feeds', 'feeds.params', `/feeds/news.rss?${bad}`));
  }
  const lists = await crawl.probeAll(
    Object.keys(JSON_LD).flatMap((kind) =>
      scopes.flatMap((scope) =>
        locales.map((locale) => get('json-ld', 'json-ld', `/json-ld/${kind}?${query(scope, locale, 'limit=100')}`)),
      ),
    ),
  );
  const items = new Set<string>();
  for (const answer of lists)
    for (const element of answer?.json?.itemListElement ?? [])
      if (typeof element.item?.['@id'] === 'string') items.add(element.item['@id']);
  probes.push(...[...items].map((url) => ({ surface: 'json-ld', attack: 'json-ld', url })));
  for (const { town, neverPublished, privateRequest, locales: townLocales } of region.plantings) {
    for (const [path, kind] of Object.entries(JSON_LD)) {
      // An id names the locale it reads (these kinds are localized); one without reads the default.
      for (const draft of neverPublished.filter((d) => d.kind === kind))
        for (const locale of [undefined, ...townLocales])
          probes.push(
            get(
              'json-ld',
              'json-ld.draft',
              `/json-ld/${path}/${encodeNodeId({ town, kind, documentId: draft.documentId, locale })}`,
              notServed(`JSON-LD ${kind} ${draft.documentId} (draft)`),
            ),
          );
    }
    probes.push(
      ...open311Probes(
        region,
        town,
        privateRequest,
        neverPublished.filter((d) => d.kind === 'service-request').map((d) => d.documentId),
      ),
    );
  }
  await crawl.probeAll(probes);
  const services = await crawl.probeAll(region.plantings.map((p) => get('open311', 'open311.read', `/open311/v2/${p.town}/services.json`)));
  await crawl.probeAll(
    region.plantings.flatMap((p, i) =>
      ((services[i]?.json ?? []) as { service_code: string }[]).flatMap((s) =>
        ['json', 'xml'].map((format) => get('open311', 'open311.read', `/open311/v2/${p.town}/services/${s.service_code}.${format}`)),
      ),
    ),
  );
}

function open311Probes(region: RegionTarget, town: string, privateRequest: string, drafts: string[]): Probe[] {
  const base = `${region.origin}/open311/v2/${town}`;
  const read = (path: string, check?: Probe['check']): Probe => ({
    surface: 'open311',
    attack: 'open311.read',
    url: `${base}${path}`,
    check,
  });
  const post = (body: string, check: Probe['check']): Probe => ({
    surface: 'open311',
    attack: 'open311.abuse',
    method: 'POST',
    url: `${base}/requests.json`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
    check,
  });
  const probes: Probe[] = [];
  for (const format of ['json', 'xml']) {
    probes.push(read(`/discovery.${format}`), read(`/services.${format}`), read(`/requests/${privateRequest}.${format}`));
    for (const status of ['', '&status=open', '&status=closed']) {
      for (const page of [1, 2, 3])
        probes.push(
          read(`/requests.${format}?start_date=2000-01-01T00:00:00Z&end_date=2100-01-01T00:00:00Z&page_size=100&page=${page}${status}`),
        );
    }
    probes.push(read(`/requests.${format}`), read(`/requests.${format}?service_request_id=${[privateRequest, ...drafts].join(',')}`));
    for (const draft of drafts) probes.push(read(`/requests/${draft}.${format}`, notServed(`Open311 request ${draft} (draft)`)));
  }
  for (const bad of ['start_date=2026-02-30T00:00:00Z', 'page_size=100000', 'status=draft'])
    probes.push(read(`/requests.json?${bad}`, refused4xx(`Open311 ?${bad}`)));
  probes.push(read(`/requests.json?service_request_id=${'x'.repeat(5000)}`));
  probes.push(post('service_code=pothole&lat=50.5&long=4.2&email=attacker%40example.org', refused4xx('Open311 POST without api_key')));
  probes.push(post(`api_key=${'x'.repeat(48)}&service_code=pothole&lat=50.5&long=4.2`, refused4xx('Open311 POST with a wrong api_key')));
  return probes;
}
