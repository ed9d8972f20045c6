/**
 * Strapi joins `localizations` on the document, so a filter through it also meets the
 * entry's draft rows, in every locale, its own included: `filters[localizations][name]
 * [$containsi]=…` would find a published entry by the text of an edit nobody published.
 * Every condition through `localizations`, at any depth, is made to hold on a published row.
 * Returns the filters rewritten, or the same value when nothing applies.
 */
export function toPublishedLocalizations(filters: unknown): unknown {
  if (Array.isArray(filters)) return filters.map(toPublishedLocalizations);
  if (typeof filters !== 'object' || filters === null) return filters;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    const inner = toPublishedLocalizations(value);
    out[key] =
      key === 'localizations' && typeof inner === 'object' && inner !== null
        ? { $and: [inner, { publishedAt: { $notNull: true } }] }
        : inner;
  }
  return out;
}
