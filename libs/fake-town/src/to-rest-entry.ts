import { isConfidentialEntry } from '@communes/domain';
import { isLink, type KindSchema } from './kind-schema';
import type { Entry } from './match-filters';
import type { PopulatedLink } from './read-populate';

export interface EntryView {
  /** `fields`: these attributes (with id and documentId) rather than every one. */
  fields?: readonly string[];
  populate: ReadonlyMap<string, PopulatedLink>;
}

export interface ViewScope {
  schemaOf(kind: string): KindSchema;
  related(kind: string, entry: Entry, relation: string): Entry[];
}

/**
 * One entry as a town's REST API serves it: the attributes its kind serves and it holds
 * (never a private one, nor one an older version lacks); with `fields`, only those, id and
 * documentId, and the confidentiality flag of a kind that has one (the town adds it so the
 * rule can be applied); relations and files only when populated, a relation as its published
 * targets in the entry's locale (one, or null; or a list). A confidential entry leaves
 * without what it withholds.
 */
export function toRestEntry(entry: Entry, kind: string, view: EntryView, scope: ViewScope): Entry {
  const schema = scope.schemaOf(kind);
  const selected = view.fields ? new Set(['id', 'documentId', ...view.fields, ...(schema.flag ? [schema.flag] : [])]) : undefined;
  const confidential = schema.flag !== undefined && isConfidentialEntry(schema.type, entry);
  const out: Entry = {};
  for (const [name, attribute] of schema.attributes) {
    if (confidential && schema.withheld.has(name)) continue;
    const link = view.populate.get(name);
    if (link) {
      const targets =
        attribute.type === 'relation'
          ? scope
              .related(kind, entry, name)
              .map((target) => toRestEntry(target, attribute.target!, { ...link, populate: link.populate ?? new Map() }, scope))
          : [entry[name] ?? null].flat();
      out[name] = attribute.many ? targets.filter((target) => target !== null) : (targets[0] ?? null);
    } else if (!isLink(attribute) && (!selected || selected.has(name)) && name in entry) {
      out[name] = entry[name];
    }
  }
  return out;
}
