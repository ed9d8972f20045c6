import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BILINGUAL_EVENT } from './conformance-events';
import { startConformanceRegion } from './start-conformance-region';

const EVENTS_IN_LOCALE = gql`
  query EventsInLocale($locale: [String!]) {
    events(towns: ["eupen"], first: 20, locale: $locale) {
      nodes {
        id
        documentId
        name
        locale
      }
    }
  }
`;

type EventsInLocale = { events: { nodes: { id: string; documentId: string; name: string | null; locale: string | null }[] } };

describe("Apollo Client's InMemoryCache over the gateway", () => {
  let region: Awaited<ReturnType<typeof startConformanceRegion>>;
  let client: ApolloClient;
  beforeAll(async () => {
    region = await startConformanceRegion();
    // The default cache: entities normalized as `__typename:id`.
    client = new ApolloClient({ link: new HttpLink({ uri: region.url }), cache: new InMemoryCache() });
  });
  afterAll(async () => {
    client?.stop();
    await region?.stop();
  });

  it("keeps one event's French and German versions apart: neither query overwrites the other", async () => {
    await client.query({ query: EVENTS_IN_LOCALE, variables: { locale: ['fr'] } });
    await client.query({ query: EVENTS_IN_LOCALE, variables: { locale: ['de'] } });
    // Read from the cache after both, as a French page still on screen would re-render.
    const bilingual = (locale: string) =>
      client
        .readQuery<EventsInLocale>({ query: EVENTS_IN_LOCALE, variables: { locale: [locale] } })
        ?.events.nodes.find((node) => node.documentId === BILINGUAL_EVENT.documentId);
    expect(bilingual('fr')).toMatchObject({ name: BILINGUAL_EVENT.fr, locale: 'fr' });
    expect(bilingual('de')).toMatchObject({ name: BILINGUAL_EVENT.de, locale: 'de' });
  });
});
