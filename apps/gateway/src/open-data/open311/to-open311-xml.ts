import XMLBuilder from 'fast-xml-builder';

/** The element each list's items take in GeoReport v2's XML, by the list's name. */
const ITEM_NAMES: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  attributes: 'attribute',
  values: 'value',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
};

/** Characters XML 1.0 cannot carry at all: dropped rather than breaking the document. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

// fast-xml-builder escapes & < > ' " and writes empty values as <name/>.
const builder = new XMLBuilder({
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  tagValueProcessor: (_name, value) => String(value).replace(NOT_XML, ''),
});

/** The builder's shape of one value: a list becomes its items under their name, null nothing. */
function toNode(name: string, value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const item = ITEM_NAMES[name];
    if (!item) throw new Error(`No XML item name for the list "${name}".`);
    return value.length ? { [item]: value.map((v) => toNode(item, v)) } : '';
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length ? Object.fromEntries(entries.map(([key, v]) => [key, toNode(key, v)])) : '';
  }
  return String(value);
}

/**
 * GeoReport v2's XML for what its JSON form would be: objects become elements named by their
 * keys, a list named `services` holds `<service>` items, and so on; null is an empty element.
 */
export function toOpen311Xml(root: string, value: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ [root]: toNode(root, value) })}`;
}
