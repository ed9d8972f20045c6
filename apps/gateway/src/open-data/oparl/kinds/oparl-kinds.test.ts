import { namingOf, type ResolvedContentType } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import type { MapContext } from '../oparl-kind';
import { createOparlUrls } from '../oparl-urls';
import { oparlErrors } from '../testing/validate-oparl';
import { agendaItemKind, type AgendaItemNode } from './agenda-item-kind';
import { meetingKind, type MeetingNode } from './meeting-kind';
import { membershipKind } from './membership-kind';
import { organizationKind } from './organization-kind';
import { paperKind, type PaperNode } from './paper-kind';
import { personKind, type PersonNode } from './person-kind';

const O = 'https://region.example.org/oparl/v1/bodies/eupen';
const context: MapContext = {
  urls: createOparlUrls('https://region.example.org/'),
  town: 'eupen',
  townUrl: 'http://127.0.0.1:1339',
  omitInternal: false,
};
const stamps = { createdAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-02-01T08:30:00.000Z', locale: 'de' };
const pdf = {
  url: '/uploads/einladung_3f2a1b.pdf',
  name: 'einladung.pdf',
  caption: null,
  alternativeText: null,
  mime: 'application/pdf',
  size: 81.04,
};

// Shaped like the gateway's answers over a real town (nulls where Strapi has no value).
const item: AgendaItemNode = {
  documentId: 'item1',
  ...stamps,
  meeting: { documentId: 'meet1' },
  number: '2',
  order: 1,
  name: 'Haushalt 2027',
  public: true,
  result: 'accepted',
  resolutionText: 'Der Rat beschließt …',
  resolutionFile: pdf,
  auxiliaryFiles: [{ ...pdf, url: '/uploads/plan_aa11.png', name: 'plan.png', mime: 'image/png', caption: 'Lageplan' }],
  start: null,
  end: null,
  decision: { documentId: 'paper1' },
  papers: [{ documentId: 'paper1' }, { documentId: 'paper2' }],
};
const closedItem: AgendaItemNode = {
  ...item,
  documentId: 'item2',
  order: 0,
  public: false,
  name: 'Personalangelegenheit',
  result: null,
  decision: null,
  papers: [],
};
const meeting: MeetingNode = {
  documentId: 'meet1',
  ...stamps,
  name: 'Sitzung des Stadtrates',
  meetingState: 'held',
  cancelled: false,
  start: '2026-03-09T18:30:00.000Z',
  end: null,
  locationName: 'Ratssaal',
  streetAddress: 'Rathausplatz 1',
  postalCode: '4700',
  locality: 'Eupen',
  organizations: [{ documentId: 'org1' }],
  invitation: pdf,
  resultsProtocol: null,
  auxiliaryFiles: [],
  agendaItems: [item, closedItem],
};
const person: PersonNode = {
  documentId: 'pers1',
  ...stamps,
  name: 'Anna Weber',
  familyName: 'Weber',
  givenName: 'Anna',
  formOfAddress: null,
  affix: null,
  title: 'Dr.',
  gender: 'female',
  publicRole: 'Bürgermeisterin',
  email: 'anna.weber@eupen.example.org',
  phone: null,
  image: { ...pdf, url: 'https://cdn.example.org/weber_1.jpg', mime: 'image/jpeg' },
  memberships: [
    {
      documentId: 'mem1',
      ...stamps,
      role: 'Vorsitz',
      votingRight: true,
      startDate: '2024-12-02',
      endDate: null,
      person: { documentId: 'pers1' },
      organization: { documentId: 'org1' },
      onBehalfOf: { documentId: 'org9' },
    },
  ],
};
const paper: PaperNode = {
  documentId: 'paper1',
  ...stamps,
  name: 'Haushalt 2027',
  reference: 'EUP/CC/2026/05-02',
  date: '2026-03-09',
  paperType: 'decision',
  mainFile: pdf,
  auxiliaryFiles: [],
  originatorPersons: [],
  originatorOrganizations: [{ documentId: 'org1' }],
  relatedPapers: [{ documentId: 'paper3' }],
  relatedFrom: [{ documentId: 'paper3' }, { documentId: 'paper4' }],
  superordinatedPaper: null,
  subordinatedPapers: [],
  consultedItems: [
    { documentId: 'item1', meeting: { documentId: 'meet1', organizations: [{ documentId: 'org1' }] }, decision: { documentId: 'paper1' } },
  ],
};

describe('OParl mapping of each kind', () => {
  it('maps a meeting with its agenda, location and files, valid against OParl 1.1', () => {
    const oparl = meetingKind.toOparl(meeting, context);
    expect(oparlErrors(oparl)).toEqual([]);
    expect(oparl).toMatchObject({
      id: `${O}/meetings/meet1`,
      type: 'https://schema.oparl.org/1.1/Meeting',
      meetingState: 'durchgeführt',
      cancelled: false,
      created: stamps.createdAt,
      modified: stamps.updatedAt,
      deleted: false,
      organization: [`${O}/organizations/org1`],
      invitation: {
        id: `${O}/meetings/meet1/files/einladung_3f2a1b.pdf`,
        accessUrl: 'http://127.0.0.1:1339/uploads/einladung_3f2a1b.pdf',
        size: 82985,
        meeting: [`${O}/meetings/meet1`],
      },
      location: {
        streetAddress: 'Rathausplatz 1',
        room: 'Ratssaal',
        postalCode: '4700',
        locality: 'Eupen',
        description: 'Ratssaal, Rathausplatz 1, 4700 Eupen',
      },
    });
    expect(oparl).not.toHaveProperty('end');
    expect(oparl).not.toHaveProperty('resultsProtocol');
    expect((oparl.agendaItem as { order: number }[]).map((i) => i.order)).toEqual([0, 1]);
  });

  it("keeps a closed-session item to its title, and names the item's consultation by its decision", () => {
    const closed = agendaItemKind.toOparl(closedItem, context);
    expect(oparlErrors(closed)).toEqual([]);
    expect(Object.keys(closed).sort()).toEqual([
      'created',
      'deleted',
      'id',
      'meeting',
      'modified',
      'name',
      'number',
      'order',
      'public',
      'type',
    ]);
    const open = agendaItemKind.toOparl(item, context);
    expect(oparlErrors(open)).toEqual([]);
    expect(open).toMatchObject({
      result: 'Angenommen',
      consultation: `${O}/agenda-items/item1/consultations/paper1`,
      resolutionFile: { mimeType: 'application/pdf' },
    });
    expect(open.auxiliaryFile).toEqual([
      expect.objectContaining({ name: 'Lageplan', fileName: 'plan.png', agendaItem: [`${O}/agenda-items/item1`] }),
    ]);
  });

  it('keeps a closed-session item to its title, number, order and meeting, even when the town sent more', () => {
    // What an older or broken town might answer: every withheld field filled in.
    const leaky: AgendaItemNode = {
      ...item,
      documentId: 'item3',
      public: false,
      result: 'refused',
      resolutionText: 'Geheim',
      start: '2026-03-09T19:00:00.000Z',
      end: '2026-03-09T19:30:00.000Z',
    };
    const closed = agendaItemKind.toOparl(leaky, context);
    expect(oparlErrors(closed)).toEqual([]);
    expect(Object.keys(closed).sort()).toEqual([
      'created',
      'deleted',
      'id',
      'meeting',
      'modified',
      'name',
      'number',
      'order',
      'public',
      'type',
    ]);
    expect(closed).toMatchObject({ public: false, name: 'Haushalt 2027', number: '2', order: 1, meeting: `${O}/meetings/meet1` });
    const embedded = meetingKind.toOparl({ ...meeting, agendaItems: [leaky] }, context).agendaItem as Record<string, unknown>[];
    expect(embedded).toEqual([closed]);
    // A flag the gateway did not get counts as closed.
    const { public: _, ...flagless } = item;
    expect(agendaItemKind.toOparl(flagless, context)).toMatchObject({ public: false });
    expect(agendaItemKind.toOparl(flagless, context)).not.toHaveProperty('resolutionText');
  });

  it('maps a person with embedded memberships and image', () => {
    const oparl = personKind.toOparl(person, context);
    expect(oparlErrors(oparl)).toEqual([]);
    expect(oparl).toMatchObject({
      title: ['Dr.'],
      email: ['anna.weber@eupen.example.org'],
      status: ['Bürgermeisterin'],
      gender: 'female',
      body: O,
    });
    expect(oparl).not.toHaveProperty('phone');
    expect(oparl.image).toMatchObject({ accessUrl: 'https://cdn.example.org/weber_1.jpg', person: `${O}/persons/pers1` });
    expect(oparl.membership).toEqual([membershipKind.toOparl(person.memberships![0]!, context)]);
    expect(oparl.membership).toEqual([
      expect.objectContaining({ onBehalfOf: `${O}/organizations/org9`, votingRight: true, startDate: '2024-12-02' }),
    ]);
  });

  it('maps a paper with its consultation, once per agenda item, and symmetric related papers', () => {
    const oparl = paperKind.toOparl(paper, context);
    expect(oparlErrors(oparl)).toEqual([]);
    expect(oparl).toMatchObject({
      paperType: 'Beschluss',
      reference: 'EUP/CC/2026/05-02',
      relatedPaper: [`${O}/papers/paper3`, `${O}/papers/paper4`],
    });
    expect(oparl.consultation).toEqual([
      expect.objectContaining({
        id: `${O}/agenda-items/item1/consultations/paper1`,
        authoritative: true,
        meeting: `${O}/meetings/meet1`,
        organization: [`${O}/organizations/org1`],
      }),
    ]);
  });

  it("reads a page's embedded agenda items and consultations in one filtered list each", async () => {
    const asked: unknown[] = [];
    const items = [
      {
        documentId: 'i1',
        public: true,
        meeting: { documentId: 'm1' },
        order: 1,
        decision: { documentId: 'p1' },
        papers: [{ documentId: 'p1' }, { documentId: 'p2' }],
      },
      { documentId: 'i2', public: true, meeting: { documentId: 'm2' }, order: 0, decision: null, papers: [{ documentId: 'p2' }] },
      // A closed-session item a town should not have answered: its papers stay unlinked.
      {
        documentId: 'i3',
        public: false,
        meeting: { documentId: 'm2' },
        order: 1,
        decision: { documentId: 'p3' },
        papers: [{ documentId: 'p3' }],
      },
    ];
    const load = (async (type: ResolvedContentType, filters: unknown) => {
      asked.push([namingOf(type).listField, filters]);
      return items;
    }) as never;
    const meetings: MeetingNode[] = [{ documentId: 'm1' }, { documentId: 'm2' }];
    await meetingKind.embed!(load, meetings);
    expect(meetings.map((m) => m.agendaItems!.map((i) => i.documentId))).toEqual([['i1'], ['i2', 'i3']]);
    const papers: PaperNode[] = [{ documentId: 'p1' }, { documentId: 'p2' }, { documentId: 'p3' }];
    await paperKind.embed!(load, papers);
    expect(papers.map((p) => p.consultedItems!.map((i) => i.documentId))).toEqual([['i1'], ['i1', 'i2'], []]);
    expect(asked).toEqual([
      ['agendaItems', { meeting: { documentId: { in: ['m1', 'm2'] } } }],
      [
        'agendaItems',
        { or: [{ papers: { documentId: { in: ['p1', 'p2', 'p3'] } } }, { decision: { documentId: { in: ['p1', 'p2', 'p3'] } } }] },
      ],
    ]);
    const p2 = paperKind.toOparl(papers[1]!, context);
    expect((p2.consultation as { authoritative: boolean }[]).map((c) => c.authoritative)).toEqual([false, false]);
  });

  it("maps an organization to OParl's organization types, with its meetings list", () => {
    const oparl = organizationKind.toOparl(
      {
        documentId: 'org1',
        ...stamps,
        locale: 'fr',
        name: 'Collège communal',
        shortName: null,
        organizationType: 'college',
        classification: null,
        startDate: '2024-12-02',
        endDate: null,
        website: null,
        subOrganizationOf: { documentId: 'org0' },
        memberships: [{ documentId: 'mem1' }],
      },
      context,
    );
    expect(oparlErrors(oparl)).toEqual([]);
    expect(oparl).toMatchObject({
      organizationType: 'Gremium',
      classification: 'Collège communal',
      meeting: `${O}/organizations/org1/meetings`,
      subOrganizationOf: `${O}/organizations/org0`,
      membership: [`${O}/memberships/mem1`],
    });
  });

  it('leaves every embedded object out with omit_internal, and stays valid', () => {
    const lean = { ...context, omitInternal: true };
    for (const [kind, node] of [
      [meetingKind, meeting],
      [personKind, person],
      [paperKind, paper],
      [agendaItemKind, item],
    ] as const) {
      const oparl = (kind.toOparl as (n: unknown, c: MapContext) => Record<string, unknown>)(node, lean);
      expect(oparlErrors(oparl)).toEqual([]);
      for (const value of Object.values(oparl)) {
        expect(typeof value === 'object' && value !== null && !Array.isArray(value), JSON.stringify(value)).toBe(false);
        if (Array.isArray(value)) expect(value.every((v) => typeof v === 'string')).toBe(true);
      }
    }
  });
});
