import { rmSync } from 'node:fs';
import {
  type ConcreteRequest,
  createOperationDescriptor,
  type Environment,
  fetchQuery,
  getRequest,
  getSelector,
  type ReaderFragment,
  type SingularReaderSelector,
  type Variables,
} from 'relay-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BILINGUAL_EVENT, CONFORMANCE_EVENTS } from './conformance-events';
import { compileRelayProject, type RelayProject } from './relay/compile-relay-project';
import { createRelayEnvironment } from './relay/create-relay-environment';
import { loadRelayArtifact } from './relay/load-relay-artifact';
import { startConformanceRegion } from './start-conformance-region';

interface EventNode {
  id: string;
  documentId: string;
  name: string | null;
  locale?: string | null;
}

describe("Relay's runtime over the gateway", () => {
  let region: Awaited<ReturnType<typeof startConformanceRegion>>;
  let project: RelayProject;
  beforeAll(async () => {
    region = await startConformanceRegion();
    project = compileRelayProject({ language: 'javascript', fixtures: ['EventPages.ts', 'EventLocales.ts'] });
    expect({ status: project.status, output: project.output }).toEqual({ status: 0, output: '' });
  });
  afterAll(async () => {
    await region?.stop();
    if (project) rmSync(project.dir, { recursive: true, force: true });
  });

  /** Fetches a query into the store and keeps it there, as a mounted component would. */
  const fetchRetained = async (environment: Environment, query: ConcreteRequest, variables: Variables) => {
    const operation = createOperationDescriptor(getRequest(query), variables);
    environment.retain(operation);
    await fetchQuery(environment, query, variables).toPromise();
    return operation;
  };

  it('pages a connection forward with the pagination query, the edges accumulating in the store without duplicates', async () => {
    const environment = createRelayEnvironment(region.url);
    const paginationQuery = loadRelayArtifact<ConcreteRequest>(project, 'EventPagesPaginationQuery');
    const fragment = loadRelayArtifact<ReaderFragment>(project, 'EventPages_query');
    type Page = {
      events: { totalCount: number; edges: { node: EventNode }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
    };
    let after: string | null = null;
    let page: Page | undefined;
    for (let i = 0; i < 3; i++) {
      // What usePaginationFragment's loadNext does: the refetch query with the last end cursor.
      const operation = await fetchRetained(environment, paginationQuery, { first: 5, after, locale: ['fr'] });
      const root = environment.lookup(operation.fragment).data;
      page = environment.lookup(getSelector(fragment, root) as SingularReaderSelector).data as Page;
      after = page.events.pageInfo.endCursor;
    }
    const ids = page!.events.edges.map((edge) => edge.node.id);
    expect(page!.events.totalCount).toBe(15);
    expect(ids).toHaveLength(15);
    expect(new Set(ids).size).toBe(15);
    expect(page!.events.pageInfo.hasNextPage).toBe(false);
    const french = [...CONFORMANCE_EVENTS.eupen.filter((e) => e.locale === 'fr'), ...CONFORMANCE_EVENTS.seneffe].map((e) => e.name);
    expect(page!.events.edges.map((edge) => edge.node.name).sort()).toEqual(french.sort());
  });

  it("keeps one event's French and German versions side by side in one store", async () => {
    const environment = createRelayEnvironment(region.url);
    const query = loadRelayArtifact<ConcreteRequest>(project, 'EventLocalesQuery');
    const french = await fetchRetained(environment, query, { locale: ['fr'] });
    const german = await fetchRetained(environment, query, { locale: ['de'] });
    // Read after both: a shared record would now show the German name to the French page.
    const bilingual = (operation: typeof french) =>
      (environment.lookup(operation.fragment).data as { events: { nodes: EventNode[] } }).events.nodes.find(
        (node) => node.documentId === BILINGUAL_EVENT.documentId,
      );
    expect(bilingual(french)).toMatchObject({ name: BILINGUAL_EVENT.fr, locale: 'fr' });
    expect(bilingual(german)).toMatchObject({ name: BILINGUAL_EVENT.de, locale: 'de' });
    expect(bilingual(french)!.id).not.toBe(bilingual(german)!.id);
    const source = environment.getStore().getSource();
    expect(source.get(bilingual(french)!.id)?.name).toBe(BILINGUAL_EVENT.fr);
    expect(source.get(bilingual(german)!.id)?.name).toBe(BILINGUAL_EVENT.de);
  });
});
