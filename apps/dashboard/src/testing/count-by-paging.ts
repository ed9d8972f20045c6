import { expandOccurrences } from '@communes/domain';
import type { AggregateRequest, Dimension } from '../indicators/indicator';

type Node = Record<string, unknown> & { town: { code: string } };
type Post = (query: string, variables: Record<string, unknown>) => Promise<{ data?: Record<string, unknown>; errors?: unknown[] }>;

/** What one group holds, counted apart from the aggregate: its count and measures. */
export interface PagedGroup {
  count: number;
  measures: Record<string, number | null>;
}

const brussels = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit' });

/** A date's bucket as the aggregates name it; a date-only value is its own day in Brussels. */
function bucketOf(value: string, bucket: 'MONTH' | 'QUARTER' | 'YEAR'): string {
  const [year, month] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.split('-') : brussels.format(new Date(value)).split('-');
  if (bucket === 'YEAR') return year!;
  return bucket === 'MONTH' ? `${year}-${month}` : `${year}-Q${Math.ceil(Number(month) / 3)}`;
}

/** The selection a dimension needs of a list's node: `serviceType_category` is the category of the type it links to. */
function selectionOf(d: Dimension): string {
  if ('date' in d) return d.date;
  if (d.field === 'town') return '';
  const [link, field] = d.field.split('_');
  return field ? `${link} { ${field} }` : d.field;
}

/** A node's values for a dimension: a list of codes counts the node in each of its codes' groups. */
function valuesOf(node: Node, d: Dimension): (string | null)[] {
  if ('date' in d) {
    const value = node[d.date] as string | null;
    return [value ? bucketOf(value, d.bucket) : null];
  }
  if (d.field === 'town') return [node.town.code];
  const [link, field] = d.field.split('_');
  const value = field ? ((node[link!] as Record<string, unknown> | null)?.[field] ?? null) : node[d.field];
  if (Array.isArray(value)) return value.length ? value.map(String) : [null];
  return [value === null || value === undefined ? null : String(value)];
}

const median = (values: number[]) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)]! + sorted[Math.ceil(middle)]!) / 2;
};

/**
 * An aggregate's groups computed as a client without aggregates would: every page of the kind's
 * list, with the same towns and filters, tallied here. Keyed like the aggregate's groups (the
 * keys' values joined by "|", "(none)" for a missing one).
 */
export async function countByPaging(
  post: Post,
  request: AggregateRequest,
  scope: { towns?: string[]; group?: string },
): Promise<Map<string, PagedGroup>> {
  const measures = request.measures ?? [];
  const selection = [
    'town { code }',
    ...request.groupBy.map(selectionOf),
    ...measures.map((m) => ('countDistinct' in m ? `${m.countDistinct} { documentId }` : `${m.medianDays.from} ${m.medianDays.to}`)),
    ...(request.occurrences ? ['start end allDay recurrenceRule recurrenceExceptions'] : []),
  ].join(' ');
  const range = request.occurrences && { from: new Date(request.occurrences.from), to: new Date(request.occurrences.to) };
  const query = `query ($towns: [String!], $group: String, $filters: ${request.filtersType}, $after: String) {
    list: ${request.list}(towns: $towns, group: $group, filters: $filters, first: 100, after: $after) {
      nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`;
  const tallies = new Map<string, { nodes: Node[] }>();
  let after: string | null = null;
  for (;;) {
    const { data, errors } = await post(query, { ...scope, filters: request.filters ?? null, after });
    if (errors?.length || !data) throw new Error(`paging ${request.list}: ${JSON.stringify(errors)}`);
    const page = data.list as { nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    // With occurrences, an event counts once per occurrence in the range (its start, the occurrence's).
    const counted = range
      ? page.nodes.flatMap((node) =>
          expandOccurrences(node as never, range).occurrences.map((o) => ({ ...node, start: o.start.toISOString() })),
        )
      : page.nodes;
    for (const node of counted) {
      let keys: (string | null)[][] = [[]];
      for (const d of request.groupBy) keys = keys.flatMap((prefix) => valuesOf(node, d).map((value) => [...prefix, value]));
      for (const key of keys) {
        const id = key.map((value) => value ?? '(none)').join('|');
        const tally = tallies.get(id) ?? { nodes: [] };
        tally.nodes.push(node);
        tallies.set(id, tally);
      }
    }
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const groups = new Map<string, PagedGroup>();
  for (const [id, { nodes }] of tallies) {
    const values: Record<string, number | null> = {};
    for (const m of measures) {
      if ('countDistinct' in m) {
        const linked = nodes.map((n) => (n[m.countDistinct] as { documentId: string } | null)?.documentId).filter(Boolean);
        values[m.alias] = new Set(linked).size;
      } else {
        const days = nodes
          .filter((n) => n[m.medianDays.from] && n[m.medianDays.to])
          .map((n) => (Date.parse(n[m.medianDays.to] as string) - Date.parse(n[m.medianDays.from] as string)) / 86_400_000);
        values[m.alias] = median(days);
      }
    }
    groups.set(id, { count: nodes.length, measures: values });
  }
  return groups;
}

/** An aggregate answer's groups keyed as countByPaging keys them. */
export function groupsById(groups: readonly { keys: { value: string | null; other: boolean }[]; count: number | null }[]) {
  return new Map(groups.map((g) => [g.keys.map((k) => (k.other ? '(other)' : (k.value ?? '(none)'))).join('|'), g]));
}
