import type { Crawl, Probe } from './create-crawl';
import { notServed, refused4xx } from './oracles';
import type { RegionTarget } from './region-target';

/** Enough to reach every object of two small towns; the bound keeps a larger seed from crawling for ever. */
const MAX_URLS = 400;
const SEGMENTS: Record<string, string> = {
  organization: 'organizations',
  person: 'persons',
  membership: 'memberships',
  meeting: 'meetings',
  'agenda-item': 'agenda-items',
  paper: 'papers',
};

const urlsIn = (value: unknown, base: string, into: string[]): string[] => {
  if (typeof value === 'string' && value.startsWith(base)) into.push(value);
  else if (Array.isArray(value)) {
    for (const v of value) urlsIn(v, base, into);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) urlsIn(v, base, into);
  }
  return into;
};

/**
 * OParl as a harvester reads it: from the System, every link followed (bodies, lists and
 * their pages, objects, files, locations, consultations), breadth first; then what a
 * harvester could guess: the drafts' URLs, the closed items' consultations and files, the
 * list parameters with bad values.
 */
export async function crawlOparl(crawl: Crawl, region: RegionTarget): Promise<number> {
  const base = `${region.origin}/oparl/v1`;
  const seen = new Set<string>([`${base}/system`]);
  let frontier = [`${base}/system`];
  while (frontier.length && seen.size <= MAX_URLS) {
    const answers = await crawl.probeAll(frontier.map((url) => ({ surface: 'oparl', attack: 'oparl.follow', url })));
    const next: string[] = [];
    for (const answer of answers) {
      for (const url of urlsIn(answer?.json, base, [])) {
        if (!seen.has(url) && seen.size < MAX_URLS) {
          seen.add(url);
          next.push(url);
        }
      }
    }
    frontier = next;
  }
  await crawl.probeAll(guessedProbes(region, base));
  return seen.size;
}

function guessedProbes(region: RegionTarget, base: string): Probe[] {
  const probes: Probe[] = [];
  for (const { town, neverPublished, closed } of region.plantings) {
    const body = `${base}/bodies/${town}`;
    for (const draft of neverPublished.filter((d) => SEGMENTS[d.kind])) {
      probes.push({
        surface: 'oparl',
        attack: 'oparl.draft',
        url: `${body}/${SEGMENTS[draft.kind]}/${draft.documentId}`,
        check: notServed(`OParl ${draft.kind} ${draft.documentId} (draft)`),
      });
    }
    for (const paper of closed.papers) {
      probes.push({
        surface: 'oparl',
        attack: 'oparl.closed',
        url: `${body}/agenda-items/${closed.documentId}/consultations/${paper}`,
        check: notServed("a closed item's consultation"),
      });
      probes.push({ surface: 'oparl', attack: 'oparl.closed', url: `${body}/papers/${paper}` });
    }
    for (const file of Object.values(closed.files)) {
      probes.push({
        surface: 'oparl',
        attack: 'oparl.closed',
        url: `${body}/agenda-items/${closed.documentId}/files/${encodeURIComponent(file.url.split('/').at(-1)!)}`,
        check: notServed("a closed item's file"),
      });
    }
    probes.push({ surface: 'oparl', attack: 'oparl.closed', url: `${body}/agenda-items/${closed.documentId}` });
    probes.push({ surface: 'oparl', attack: 'oparl.closed', url: `${body}/meetings/${closed.meeting}` });
    for (const query of [
      'modified_since=2000-01-01T00:00:00Z',
      'created_since=2000-01-01T00:00:00Z&omit_internal=true',
      'modified_until=2100-01-01T00:00:00Z&limit=100',
    ]) {
      probes.push({ surface: 'oparl', attack: 'oparl.params', url: `${body}/agenda-items?${query}` });
    }
    for (const query of ['modified_since=2026-02-30T00:00:00Z', 'limit=100000', 'page=-1', 'created_since=yesterday']) {
      probes.push({ surface: 'oparl', attack: 'oparl.params', url: `${body}/meetings?${query}`, check: refused4xx(`OParl ?${query}`) });
    }
  }
  for (const method of ['POST', 'PUT', 'DELETE'])
    probes.push({ surface: 'oparl', attack: 'oparl.params', method, url: `${base}/system`, check: refused4xx(`OParl ${method}`) });
  return probes;
}
