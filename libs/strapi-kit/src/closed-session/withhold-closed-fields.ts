import { confidentialityOf, isClosedEntry, withheldLinkRule } from './confidentiality-of';
import type { GetModel, StrapiModel } from './strapi-model';

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);
/** `populate[x][count]=true` answers `{ count }` in place of the entries. */
const isCount = (value: Entry) => 'count' in value && !('documentId' in value) && !('id' in value);

/**
 * One entry of a content-API answer, as the public may see it: every confidential entry in
 * it (at the root, populated at any depth, among its localizations) loses every field but its
 * visible and system ones, and lists on the far side of a withheld relation (a paper's agenda
 * items) lose their confidential entries. Related entries are walked with their own model.
 * Returns a copy; fields of models without a rule are copied as they are.
 */
export function withholdClosedFields(data: unknown, model: StrapiModel | undefined, getModel: GetModel, closedAlready = false): unknown {
  if (!isEntry(data) || !model || isCount(data)) return data;
  const rule = confidentialityOf(model);
  const closed = rule !== undefined && (closedAlready || isClosedEntry(rule, data));
  const out: Entry = {};
  for (const [key, value] of Object.entries(data)) {
    if (closed && !rule.keeps.has(key)) continue;
    const attribute = model.attributes[key];
    if (attribute?.type === 'relation' || attribute?.type === 'component') {
      const uid = attribute.type === 'component' ? attribute.component : attribute.target;
      // A polymorphic relation names each entry's model in `__type`.
      const modelOf = (entry: Entry) => getModel(uid ?? String(entry.__type ?? ''));
      const linkRule = withheldLinkRule(model, key, getModel);
      const keep = (entry: unknown) => !linkRule || !isEntry(entry) || isCount(entry) || !isClosedEntry(linkRule, entry);
      // A closed entry's localizations are the same entry in other locales: closed too, even
      // a row (a draft) whose own flag says otherwise.
      const sameEntry = closed && key === 'localizations';
      const walk = (entry: unknown) => (isEntry(entry) ? withholdClosedFields(entry, modelOf(entry), getModel, sameEntry) : entry);
      out[key] = Array.isArray(value) ? value.filter(keep).map(walk) : keep(value) ? walk(value) : null;
      continue;
    }
    out[key] = value;
  }
  return out;
}
