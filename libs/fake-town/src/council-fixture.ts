const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(24 - prefix.length, '0')}`;

/**
 * A council for a fake town, in its default locale: `meetings` meetings, each linking three
 * agenda items and two of five bodies, both sides of each relation given.
 */
export function buildCouncilFixture(meetings: number) {
  const organizations = Array.from({ length: 5 }, (_, i) => ({
    documentId: id('org', i),
    name: `Body ${i}`,
    organizationType: 'committee',
  }));
  const meetingEntries = Array.from({ length: meetings }, (_, m) => ({
    documentId: id('mtg', m),
    name: `Meeting ${m}`,
    start: `2026-01-${String((m % 28) + 1).padStart(2, '0')}T18:00:00.000Z`,
    meetingType: 'council',
    meetingState: 'held',
    organizations: [organizations[m % 5]!, organizations[(m + 1) % 5]!].map((o) => ({ documentId: o.documentId })),
    agendaItems: [0, 1, 2].map((n) => ({ documentId: id('itm', m * 3 + n) })),
  }));
  const items = meetingEntries.flatMap((meeting, m) =>
    [0, 1, 2].map((n) => ({
      documentId: id('itm', m * 3 + n),
      name: `Item ${n} of ${m}`,
      order: n,
      public: true,
      meeting: { documentId: meeting.documentId },
    })),
  );
  return { meeting: meetingEntries, 'agenda-item': items, organization: organizations };
}

/** News items for a fake town, in its default locale, one a day. */
export function buildNewsFixture(town: string, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    documentId: `${town.slice(0, 8)}${String(i).padStart(24 - Math.min(8, town.length), '0')}`,
    headline: `${town} news ${i}`,
    datePublished: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString(),
    topics: [],
  }));
}
