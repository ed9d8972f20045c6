/** A parsed query: what Strapi's `qs` makes of a query string. */
export type QueryValue = string | QueryValue[] | { [key: string]: QueryValue };

type Node = { [key: string]: QueryValue };

/** Keys that would reach an object's prototype: qs drops them too. */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/** `filters[name][$in][0]` → `['filters', 'name', '$in', '0']`; a key that is not bracketed stays one segment. */
function segmentsOf(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0 || !key.endsWith(']')) return [key];
  return [key.slice(0, open), ...key.slice(open + 1, -1).split('][')];
}

/** Objects numbered 0…n-1 become lists, as qs makes them; Strapi's guard counts what they hold. */
function toLists(value: QueryValue): QueryValue {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(toLists);
  const keys = Object.keys(value);
  const out: Node = {};
  for (const key of keys) out[key] = toLists(value[key]!);
  return keys.length > 0 && keys.every((key, i) => key === String(i)) ? keys.map((key) => out[key]!) : out;
}

/**
 * A query string as Strapi reads it (qs): bracketed keys nest (`a[b][0]=x` is
 * `{ a: { b: ['x'] } }`), `[]` appends, a repeated key makes a list.
 */
export function parseQuery(params: URLSearchParams): Node {
  const root: Node = {};
  for (const [key, value] of params) {
    const path = segmentsOf(key);
    if (path.some((segment) => UNSAFE.has(segment))) continue;
    let node: Node = root;
    path.forEach((segment, i) => {
      const name = segment === '' ? String(Object.keys(node).length) : segment;
      if (i === path.length - 1) {
        const previous = node[name];
        node[name] =
          previous === undefined
            ? value
            : Array.isArray(previous)
              ? [...previous, value]
              : typeof previous === 'string'
                ? [previous, value]
                : previous;
        return;
      }
      const next = node[name];
      if (typeof next !== 'object' || Array.isArray(next)) node[name] = {};
      node = node[name] as Node;
    });
  }
  return toLists(root) as Node;
}
