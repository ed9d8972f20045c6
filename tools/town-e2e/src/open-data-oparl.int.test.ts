import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oparlErrors } from '../../../apps/gateway/src/open-data/oparl/testing/validate-oparl';
import { runTownFixture } from './run-town-fixture';
import { startSeededRegion, type SeededRegion } from './seeded-region';

// biome-ignore lint/suspicious/noExplicitAny: the OParl JSON bodies this suite reads deep into; oparlErrors() and the expect() calls on them are the type check.
type Json = Record<string, any>;
interface Page {
  data: Json[];
  pagination: { totalElements: number; elementsPerPage: number; currentPage: number; totalPages: number };
  links: { first: string; prev?: string; next?: string; last: string };
}

const LISTS = ['organizations', 'persons', 'memberships', 'meetings', 'agenda-items', 'papers'] as const;
/** Each Body list and the Strapi collection that holds its entries, to count them independently. */
const REST_OF: Record<(typeof LISTS)[number], string> = {
  organizations: 'organizations',
  persons: 'people',
  memberships: 'memberships',
  meetings: 'meetings',
  'agenda-items': 'agenda-items',
  papers: 'papers',
};

/** OParl 1.1 over the gateway, over two real, seeded towns; every object checked against the OParl schemas. */
describe('OParl 1.1 over two real towns', () => {
  let region: SeededRegion;
  let base: string;
  /** Files uploaded to Eupen's first meetings through Strapi's upload service. */
  let attached: { meeting: string; field: string; name: string; text: string }[] = [];

  const get = async (url: string, init?: RequestInit) => {
    const response = await fetch(url, init);
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Json) : undefined };
  };
  const ok = async (url: string): Promise<Json> => {
    const { status, body } = await get(url);
    expect(status, `${url}: ${JSON.stringify(body)}`).toBe(200);
    return body!;
  };
  const expectValid = (object: unknown) => expect(oparlErrors(object), JSON.stringify(object).slice(0, 400)).toEqual([]);
  const expectValidPage = (page: Page) => {
    for (const object of page.data) expectValid(object);
    expect(Object.keys(page.pagination).sort()).toEqual(['currentPage', 'elementsPerPage', 'totalElements', 'totalPages']);
  };
  /** The town's own count, read from its Strapi REST API, not through the gateway. */
  const townTotal = async (town: string, collection: string, query = '') => {
    const response = await fetch(`${region.towns[town]!.api}/communes-council/${collection}?pagination[pageSize]=1${query}`);
    return ((await response.json()) as Json).meta.pagination.total as number;
  };

  beforeAll(async () => {
    region = await startSeededRegion({
      towns: ['eupen', 'seneffe'],
      scale: 0.15,
      beforeStart: async ({ code, env }) => {
        if (code === 'eupen') attached = await runTownFixture('attach-meeting-files.js', env);
      },
    });
    base = `${region.origin}/oparl/v1`;
  });
  afterAll(async () => region?.stop());

  it("serves a valid System whose bodies are the registry's towns, each a valid Body", async () => {
    const system = await ok(`${base}/system`);
    expectValid(system);
    expect(system).toMatchObject({ id: `${base}/system`, oparlVersion: 'https://schema.oparl.org/1.1/', body: `${base}/bodies` });
    const bodies = (await ok(system.body)) as Page;
    expectValidPage(bodies);
    expect(bodies.data.map((b) => b.id)).toEqual([`${base}/bodies/eupen`, `${base}/bodies/seneffe`]);
    const eupen = await ok(`${base}/bodies/eupen`);
    expect(eupen).toEqual(bodies.data[0]);
    expect(eupen).toMatchObject({ name: 'Eupen', system: `${base}/system`, meeting: `${base}/bodies/eupen/meetings`, legislativeTerm: [] });
  });

  it('redirects the API root to the System', async () => {
    const response = await fetch(`${base}`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${base}/system`);
  });

  it.each(LISTS)("lists %s of each town: valid objects, the town's own count, stable URLs", async (list) => {
    for (const town of ['eupen', 'seneffe']) {
      const page = (await ok(`${base}/bodies/${town}/${list}?limit=7`)) as Page;
      expectValidPage(page);
      expect(page.pagination.totalElements).toBe(await townTotal(town, REST_OF[list]));
      expect(page.pagination).toMatchObject({
        elementsPerPage: 7,
        currentPage: 1,
        totalPages: Math.ceil(page.pagination.totalElements / 7),
      });
      expect(page.data.length).toBe(Math.min(7, page.pagination.totalElements));
      // Each object is at its id, the same there as in the list.
      const first = page.data[0]!;
      expect(first.id).toMatch(new RegExp(`^${base}/bodies/${town}/${list}/[A-Za-z0-9]+$`));
      expect(await ok(first.id)).toEqual(first);
    }
  });

  it('pages a whole list through its links: every entry once, in a stable order', async () => {
    const seen: string[] = [];
    let url: string | undefined = `${base}/bodies/eupen/organizations?limit=3`;
    let pages = 0;
    let last: Page | undefined;
    while (url) {
      const page = (await ok(url)) as Page;
      pages++;
      expectValidPage(page);
      expect(page.pagination.currentPage).toBe(pages);
      if (pages > 1) expect(page.links.prev).toContain(`page=${pages - 1}`);
      expect(page.links.first).toBe(`${base}/bodies/eupen/organizations?limit=3&page=1`);
      seen.push(...page.data.map((o) => o.id));
      last = page;
      url = page.links.next;
    }
    const total = await townTotal('eupen', 'organizations');
    expect(new Set(seen).size).toBe(total);
    expect(seen).toHaveLength(total);
    expect(pages).toBe(Math.ceil(total / 3));
    expect(last!.links.last).toBe(`${base}/bodies/eupen/organizations?limit=3&page=${pages}`);
    // Asked again, page 2 is the same page.
    const again = (await ok(`${base}/bodies/eupen/organizations?limit=3&page=2`)) as Page;
    expect(again.data.map((o) => o.id)).toEqual(seen.slice(3, 6));
  });

  it("embeds a meeting's agenda and location; the location, organizations and consultations resolve", async () => {
    const page = (await ok(`${base}/bodies/eupen/meetings?limit=20`)) as Page;
    const meeting = page.data.find((m) => m.meetingState === 'durchgeführt' && m.agendaItem?.length)!;
    expect(meeting).toBeDefined();
    expect(meeting.agendaItem.map((i: Json) => i.order)).toEqual([...meeting.agendaItem.map((i: Json) => i.order)].sort((a, b) => a - b));
    for (const item of meeting.agendaItem) expect(item.meeting).toBe(meeting.id);
    expect(meeting.location).toMatchObject({ type: 'https://schema.oparl.org/1.1/Location', locality: 'Eupen', postalCode: '4700' });
    const location = await ok(meeting.location.id);
    expectValid(location);
    expect(location.meetings).toContain(meeting.id);
    for (const organization of meeting.organization) expectValid(await ok(organization));

    const withPaper = meeting.agendaItem.find((i: Json) => i.consultation)!;
    const consultation = await ok(withPaper.consultation);
    expectValid(consultation);
    expect(consultation).toMatchObject({ agendaItem: withPaper.id, meeting: meeting.id, authoritative: true });
    const paper = await ok(consultation.paper);
    expectValid(paper);
    expect(paper.consultation.map((c: Json) => c.id)).toContain(consultation.id);
  });

  it('serves the files editors uploaded as valid Files, at their URLs, downloadable from the town', async () => {
    expect(attached.length).toBeGreaterThan(0);
    for (const { meeting: documentId, field, name, text } of attached) {
      const meeting = await ok(`${base}/bodies/eupen/meetings/${documentId}`);
      const embedded = meeting[field === 'invitation' ? 'invitation' : 'resultsProtocol'];
      expect(embedded, `${field} of ${documentId}`).toBeDefined();
      expectValid(embedded);
      expect(embedded).toMatchObject({
        type: 'https://schema.oparl.org/1.1/File',
        fileName: name,
        mimeType: 'text/plain',
        meeting: [meeting.id],
      });
      const file = await ok(embedded.id);
      expectValid(file);
      expect(file.id).toBe(embedded.id);
      const download = await fetch(file.accessUrl);
      expect(download.status).toBe(200);
      expect(await download.text()).toBe(text);
      // Strapi keeps sizes in kB with two decimals: whole bytes within 0.005 kB.
      expect(Math.abs(file.size - Buffer.byteLength(text))).toBeLessThanOrEqual(6);
    }
  });

  it('publishes a closed-session item by its title only', async () => {
    const items = (await ok(`${base}/bodies/seneffe/agenda-items?limit=100`)) as Page;
    const closed = items.data.filter((i) => i.public === false);
    expect(closed.length).toBeGreaterThan(0);
    for (const item of closed) {
      expect(item.name).toBeTruthy();
      expect(item).not.toHaveProperty('resolutionText');
      expect(item).not.toHaveProperty('consultation');
    }
    expect(items.data.some((i) => i.public === true && i.resolutionText)).toBe(true);
  });

  it('links people, memberships and organizations both ways', async () => {
    const people = (await ok(`${base}/bodies/eupen/persons?limit=5`)) as Page;
    const person = people.data[0]!;
    expect(person.membership.length).toBeGreaterThan(0);
    for (const membership of person.membership) {
      expect(membership.person).toBe(person.id);
      const alone = await ok(membership.id);
      expectValid(alone);
      expect(alone).toEqual(membership);
      const organization = await ok(membership.organization);
      expect(organization.membership).toContain(membership.id);
    }
    const council = (await ok(`${base}/bodies/eupen/organizations?limit=100`)) as Page;
    const withMeetings = council.data.find((o) => o.organizationType === 'Gremium' && o.membership.length > 0)!;
    const meetings = (await ok(withMeetings.meeting)) as Page;
    expectValidPage(meetings);
    expect(meetings.data.every((m) => m.organization.includes(withMeetings.id))).toBe(true);
  });

  it('filters by creation and modification time, keeping the filters in the links', async () => {
    const all = (await ok(`${base}/bodies/eupen/papers?limit=2`)) as Page;
    const total = all.pagination.totalElements;
    expect(total).toBeGreaterThan(2);
    const future = (await ok(`${base}/bodies/eupen/papers?modified_since=2999-01-01T00:00:00Z`)) as Page;
    expect(future.pagination.totalElements).toBe(0);
    expect(future.data).toEqual([]);
    expect(future.links).not.toHaveProperty('next');
    const past = (await ok(`${base}/bodies/eupen/papers?created_until=2000-01-01T00:00:00%2B01:00`)) as Page;
    expect(past.pagination.totalElements).toBe(0);

    const since = all.data[1]!.created as string;
    const filtered = (await ok(`${base}/bodies/eupen/papers?limit=2&created_since=${encodeURIComponent(since)}`)) as Page;
    expect(filtered.pagination.totalElements).toBe(
      await townTotal('eupen', 'papers', `&filters[createdAt][$gte]=${encodeURIComponent(since)}`),
    );
    expect(filtered.data.every((p) => p.created >= since)).toBe(true);
    if (filtered.links.next) expect(new URL(filtered.links.next).searchParams.get('created_since')).toBe(since);

    const window = `modified_since=2000-01-01T00:00:00Z&modified_until=2999-01-01T00:00:00Z&created_since=2000-01-01T00:00:00Z&created_until=2999-01-01T00:00:00Z`;
    expect(((await ok(`${base}/bodies/eupen/papers?${window}`)) as Page).pagination.totalElements).toBe(total);
  });

  it('leaves embedded objects out with omit_internal', async () => {
    const page = (await ok(`${base}/bodies/eupen/meetings?limit=5&omit_internal=true`)) as Page;
    expectValidPage(page);
    for (const meeting of page.data) {
      expect(meeting).not.toHaveProperty('agendaItem');
      expect(meeting).not.toHaveProperty('location');
    }
    expect(new URL(page.links.first).searchParams.get('omit_internal')).toBe('true');
  });

  describe('abuse', () => {
    const expectError = async (url: string, status: number, message: RegExp, init?: RequestInit) => {
      const response = await get(url, init);
      expect(response.status, url).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.body?.error).toMatchObject({ status });
      expect(response.body?.error.message).toMatch(message);
    };

    it('answers 404 in JSON for unknown towns, lists, objects, files, locations and pages', async () => {
      await expectError(`${base}/bodies/atlantis`, 404, /no town "atlantis"/);
      await expectError(`${base}/bodies/atlantis/meetings`, 404, /atlantis/);
      await expectError(`${base}/bodies/eupen/votes`, 404, /list "votes"/);
      await expectError(`${base}/bodies/eupen/meetings/doesnotexist000000000000`, 404, /meetings\/doesnotexist/);
      await expectError(`${base}/bodies/eupen/meetings/${encodeURIComponent('a"b]')}`, 404, /Not found/);
      await expectError(
        `${base}/bodies/eupen/locations/${Buffer.from('["x",null,null,null]').toString('base64url')}`,
        404,
        /no meeting is held there/,
      );
      await expectError(`${base}/bodies/eupen/locations/not-a-key`, 404, /location/);
      await expectError(`${base}/bodies/eupen/organizations?page=999`, 404, /page 999; this list has \d+ pages? of 20/);
      await expectError(`${base}/nothing`, 404, /start at .*\/oparl\/v1\/system/);
      const meeting = ((await ok(`${base}/bodies/eupen/meetings?limit=1`)) as Page).data[0]!;
      await expectError(`${meeting.id}/files/nothing.pdf`, 404, /file "nothing.pdf"/);
      // A meeting's documentId is not an organization's.
      await expectError(meeting.id.replace('/meetings/', '/organizations/'), 404, /organizations\//);
    });

    it('answers 400 for bad page, limit, dates and omit_internal', async () => {
      await expectError(`${base}/bodies/eupen/meetings?page=0`, 400, /page must be an integer from 1/);
      await expectError(`${base}/bodies/eupen/meetings?page=abc`, 400, /got "abc"/);
      await expectError(`${base}/bodies/eupen/meetings?limit=101`, 400, /limit must be an integer from 1 to 100/);
      await expectError(`${base}/bodies/eupen/meetings?limit=-1`, 400, /limit/);
      await expectError(`${base}/bodies/eupen/meetings?created_since=yesterday`, 400, /created_since must be an ISO 8601 date-time/);
      await expectError(`${base}/bodies/eupen/meetings?modified_since=2026-01-01`, 400, /modified_since/);
      await expectError(`${base}/bodies/eupen/meetings?modified_until=2026-02-30T00:00:00Z&x=1`, 400, /modified_until/);
      await expectError(`${base}/bodies/eupen/meetings?page=1&page=2`, 400, /page may be given once/);
      await expectError(`${base}/bodies/eupen/meetings?omit_internal=maybe`, 400, /omit_internal must be true or false/);
    });

    it('is read-only and open to browsers', async () => {
      await expectError(`${base}/bodies/eupen/meetings`, 405, /read-only/, { method: 'POST', body: '{}' });
      const response = await fetch(`${base}/system`);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const head = await fetch(`${base}/system`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
      const preflight = await fetch(`${base}/bodies/eupen/meetings`, { method: 'OPTIONS' });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    });
  });
});
