import type { ResolvedContentType } from '@communes/domain';
import type { GatewayNode } from '../towns/to-node';

const compareValues = (a: unknown, b: unknown): number => {
  // Missing values sort last whatever the direction, as a reader expects.
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The order between towns' heads, on the requested keys (or the kind's default order). */
export function compareNodes(
  type: ResolvedContentType,
  orderBy: readonly { field: string; direction?: 'ASC' | 'DESC' | null }[] | null | undefined,
) {
  const terms = orderBy?.length
    ? orderBy.map((o) => ({ field: o.field, sign: o.direction === 'DESC' ? -1 : 1 }))
    : type.defaultOrder.map((o) => ({ field: o.field, sign: o.direction === 'desc' ? -1 : 1 }));
  return (a: GatewayNode, b: GatewayNode): number => {
    for (const { field, sign } of terms) {
      const [x, y] = [a[field], b[field]];
      const order = compareValues(x, y);
      if (order !== 0) return x === null || x === undefined || y === null || y === undefined ? order : sign * order;
    }
    return compareValues(a.documentId, b.documentId);
  };
}
