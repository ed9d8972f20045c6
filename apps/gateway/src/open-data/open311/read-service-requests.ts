import { contentTypeNamed, namingOf } from '@communes/domain';
import type { ServiceRequest } from '../../schema/generated/graphql-types';
import type { OpenDataContext } from '../open-data-route';
import { runOpenDataQuery } from '../run-open-data-query';

/** What Open311 serves of a request: never the requester's fields (the schema has none). */
export type ServiceRequestNode = Pick<
  ServiceRequest,
  | 'documentId'
  | 'requestStatus'
  | 'statusNotes'
  | 'description'
  | 'agencyResponsible'
  | 'serviceNotice'
  | 'address'
  | 'addressId'
  | 'zipcode'
  | 'geo'
  | 'requestedAt'
  | 'statusChangedAt'
  | 'updatedAt'
  | 'expectedAt'
> & {
  media: { url: string }[];
  serviceType: { serviceCode: string | null; name: string | null } | null;
};

const { listField, graphqlType } = namingOf(contentTypeNamed('service-request'));

const QUERY = `query Open311Requests($towns: [String!], $filters: ${graphqlType}FiltersInput, $first: Int, $after: String, $locale: [String!]) {
  list: ${listField}(towns: $towns, filters: $filters, orderBy: [{ field: requestedAt, direction: DESC }], first: $first, after: $after, locale: $locale) {
    nodes { documentId requestStatus statusNotes description agencyResponsible serviceNotice address addressId zipcode
      geo { latitude longitude } media { url } requestedAt statusChangedAt updatedAt expectedAt
      serviceType { serviceCode name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  list: { nodes: ServiceRequestNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/**
 * The entries `skip` to `skip + limit` of a town's published requests matching `filters`,
 * newest first, read in pages of the gateway's maximum size.
 */
export async function readServiceRequests(
  context: OpenDataContext,
  town: string,
  locale: string[],
  filters: Record<string, unknown>,
  skip: number,
  limit: number,
): Promise<ServiceRequestNode[]> {
  const wanted: ServiceRequestNode[] = [];
  let seen = 0;
  let after: string | null = null;
  do {
    const first = Math.min(context.config.maxPageSize, skip + limit - seen);
    const page: Page = await runOpenDataQuery<Page>(context, QUERY, { towns: [town], filters, first, after, locale });
    for (const node of page.list.nodes) {
      if (seen >= skip && wanted.length < limit) wanted.push(node);
      seen += 1;
    }
    after = page.list.pageInfo.hasNextPage && wanted.length < limit ? page.list.pageInfo.endCursor : null;
  } while (after);
  return wanted;
}
