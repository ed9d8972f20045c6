import {
  contentTypeNamed,
  geoColumns,
  isConfidentialEntry,
  isWithheldLink,
  type ResolvedContentType,
  withheldFields,
} from '@communes/domain';

/** What every entry carries besides its fields. */
const SYSTEM = ['documentId', 'locale', 'createdAt', 'updatedAt', 'publishedAt'];

/**
 * What of a town's REST entry may enter the regional index, whatever the town sent: the
 * model's public fields and the system fields, nothing a town added (`src/extensions`); for a
 * confidential entry (an item heard in closed session) only what the model lets it show; and
 * on the far side of a withheld link (a paper's agenda items) no confidential entry. A town of
 * ours sends nothing more already; a town on an older plugin, or a broken one, must not have
 * the index keep what the model keeps in the town. An entry whose flag is missing counts as
 * confidential.
 */
export function keepPublicFields(type: ResolvedContentType, entry: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const withheld = new Set(isConfidentialEntry(type, entry) ? withheldFields(type) : []);
  const kept: Record<string, unknown> = {};
  for (const name of SYSTEM) if (entry[name] !== undefined) kept[name] = entry[name];
  for (const [name, field] of Object.entries(type.fields)) {
    if (field.private || withheld.has(name)) continue;
    const keys = field.kind === 'geoPoint' ? Object.values(geoColumns(name)) : [name];
    for (const key of keys) if (entry[key] !== undefined) kept[key] = entry[key];
    if (field.kind === 'relation' && kept[name] !== undefined) {
      const target = contentTypeNamed(field.target);
      const withheldLink = isWithheldLink(type, name, contentTypeNamed);
      const shown = (linked: unknown): linked is { documentId: string } =>
        linked !== null &&
        typeof linked === 'object' &&
        typeof (linked as { documentId?: unknown }).documentId === 'string' &&
        !(withheldLink && isConfidentialEntry(target, linked));
      // A link is its documentId: the town's row ids, and the flag read to filter, stay out.
      const link = (linked: { documentId: string }) => ({ documentId: linked.documentId });
      kept[name] = Array.isArray(kept[name])
        ? (kept[name] as unknown[]).filter(shown).map(link)
        : shown(kept[name])
          ? link(kept[name])
          : null;
    }
  }
  return kept;
}
