import { contentTypeNamed, namingOf } from '@communes/domain';
import type { OpenDataContext } from '../open-data-route';
import { runOpenDataQuery } from '../run-open-data-query';

export interface ServiceAttributeNode {
  code: string | null;
  variable: boolean | null;
  datatype: string | null;
  required: boolean | null;
  datatypeDescription: string | null;
  order: number | null;
  description: string | null;
  values: { key: string | null; name: string | null }[];
}

export interface ServiceTypeNode {
  documentId: string;
  serviceCode: string | null;
  name: string | null;
  description: string | null;
  group: string | null;
  keywords: string | null;
  serviceKind: string | null;
  attributes: ServiceAttributeNode[];
}

/**
 * Smaller pages than the gateway's maximum, written in the operation (the cost limit reads
 * no variables): it counts each type's attributes and their values as lists, and a town has
 * a dozen types or so.
 */
const PAGE_SIZE = 15;

const { listField, graphqlType } = namingOf(contentTypeNamed('service-type'));

const QUERY = `query Open311Services($towns: [String!], $filters: ${graphqlType}FiltersInput, $after: String, $locale: [String!]) {
  list: ${listField}(towns: $towns, filters: $filters, orderBy: [{ field: serviceCode, direction: ASC }], first: ${PAGE_SIZE}, after: $after, locale: $locale) {
    nodes { documentId serviceCode name description group keywords serviceKind
      attributes { code variable datatype required datatypeDescription order description values { key name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  list: { nodes: ServiceTypeNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** A town's published service types, in service_code order; one service code when given. */
export async function readServiceTypes(
  context: OpenDataContext,
  town: string,
  locale: string[],
  serviceCode?: string,
): Promise<ServiceTypeNode[]> {
  const nodes: ServiceTypeNode[] = [];
  let after: string | null = null;
  const filters = serviceCode === undefined ? undefined : { serviceCode: { eq: serviceCode } };
  do {
    const page: Page = await runOpenDataQuery<Page>(context, QUERY, { towns: [town], filters, after, locale });
    nodes.push(...page.list.nodes);
    after = page.list.pageInfo.hasNextPage ? page.list.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}
