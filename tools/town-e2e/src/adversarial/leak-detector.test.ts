import { describe, expect, it } from 'vitest';
import { createLeakDetector } from './leak-detector';
import type { TownPlanting } from './planting';

const planting = {
  town: 'eupen',
  locales: ['de', 'fr'],
  canaries: [
    { site: 'closed.resolutionText.de', value: 'CANARY-0a1b2c3d-closed.resolutionText.de', family: 'closed' },
    {
      site: 'private.service-request.requesterEmail',
      value: 'canary-4e5f6a7b-private-service-request-requesteremail@example.org',
      family: 'private',
    },
    { site: 'draft.event.postalCode', value: 'Q1A2B3C4D5', family: 'draft' },
    { site: 'api-token.accessKey', value: 'f00dfeedf00dfeedf00dfeed', family: 'secret' },
  ],
  neverPublished: [{ kind: 'news-item', documentId: 'abcdefghijklmnopqrstuvwx' }],
  closed: { start: '2031-03-17T13:26:47.917Z', end: '2031-03-17T15:00:07.917Z' },
} as unknown as TownPlanting;

const detect = createLeakDetector([planting], [{ site: 'secrets.json jwtSecret', value: 'S3cr3t+base64/value==', town: 'eupen' }]);
const sites = (body: string, request = 'GET /api/communes-council/meetings') => detect(body, request).map((l) => l.site);

describe('createLeakDetector', () => {
  it('finds a canary whatever its case, and names its site', () => {
    expect(sites('{"resolutionText":"canary-0A1B2C3D-CLOSED.resolutionText.de"}')).toEqual(['closed.resolutionText.de']);
  });

  it('finds a canary cut after its first 12 characters, or renamed by the upload service', () => {
    expect(sites('…CANARY-0a1b2…')).toEqual(['closed.resolutionText.de']);
    expect(sites('/uploads/CANARY_0a1b2c3d_closed_resolution_Text_de_5f3a.txt')).toEqual(['closed.resolutionText.de']);
  });

  it('finds a canary folded across iCalendar lines', () => {
    expect(sites('DESCRIPTION:abc CANARY-0a1b\r\n 2c3d-closed')).toEqual(['closed.resolutionText.de']);
  });

  it('reports any other "canary" as unknown rather than missing it', () => {
    expect(sites('a Canary-zz fragment')).toEqual(['unknown canary']);
  });

  it("finds short canaries, drafts' documentIds, secrets, the seeded requesters and the closed item's instants in every form", () => {
    expect(sites('{"postalCode":"q1a2b3c4d5"}')).toEqual(['draft.event.postalCode']);
    expect(sites('{"documentId":"abcdefghijklmnopqrstuvwx"}')).toEqual(['never-published.news-item']);
    expect(sites('key f00dfeedf00dfeedf00dfeed and S3cr3t+base64/value==')).toEqual(['secrets.json jwtSecret', 'api-token.accessKey']);
    expect(sites('mail resident.12@example.org')).toEqual(['private.service-request.requesterEmail (seeded)']);
    expect(sites('"start":"2031-03-17T13:26:47.917Z"')).toEqual(['closed.start']);
    expect(sites('DTSTART;TZID=Europe/Brussels:20310317T142647')).toEqual(['closed.start']);
    expect(sites('DTEND:20310317T150007Z')).toEqual(['closed.end']);
    expect(sites('"startDate":"2031-03-17T14:26:47+01:00"')).toEqual(['closed.start']);
  });

  it('leaves to the oracles what the request itself carries', () => {
    expect(
      sites(
        '{"error":"no match for CANARY-0a1b2c3d-closed.resolutionText.de"}',
        'GET /x?filters[resolutionText][$eq]=CANARY-0a1b2c3d-closed.resolutionText.de',
      ),
    ).toEqual([]);
    expect(sites('{"documentId":"abcdefghijklmnopqrstuvwx"}', 'GET /news-items/abcdefghijklmnopqrstuvwx')).toEqual([]);
    // Another canary in the same answer is still a leak.
    expect(sites('CANARY-0a1b2c3d q1a2b3c4d5', 'GET /x?_q=CANARY-0a1b2c3d')).toEqual(['draft.event.postalCode']);
  });

  it('finds stack traces and server paths', () => {
    expect(sites('Error: x\n    at handler (/srv/app/node_modules/koa/lib/application.js:10:5)')).toEqual(['stack trace or server path']);
  });

  it('finds nothing in a clean answer', () => {
    expect(sites('{"data":[{"documentId":"zyxwvutsrqponmlkjihgfedc","name":"Sitzung des Gemeinderates"}]}')).toEqual([]);
  });
});
