import type { GetModel, StrapiModel } from './strapi-model';

/** A model's confidentiality rule as codegen writes it into `pluginOptions.communes`, ready to apply. */
export interface ModelConfidentiality {
  /** The boolean attribute that says an entry is confidential. */
  flag: string;
  /** The flag's value on a confidential entry. */
  closedWhen: boolean;
  /** What a confidential entry keeps: its visible attributes and Strapi's system fields. */
  keeps: ReadonlySet<string>;
}

/**
 * Kept on a confidential entry besides its visible fields. `localizations` is kept as a list
 * and walked: each localization is the same item in another locale, closed as well.
 */
const SYSTEM_KEYS = ['id', 'documentId', 'locale', 'createdAt', 'updatedAt', 'publishedAt', 'localizations'];

const rules = new WeakMap<StrapiModel, ModelConfidentiality | null>();

/**
 * The rule of a model, or undefined when its entries are all served whole. A rule that does
 * not say which flag or which fields fails closed: it names no flag an entry could hold open,
 * and keeps the system fields only.
 */
export function confidentialityOf(model: StrapiModel): ModelConfidentiality | undefined {
  let rule = rules.get(model);
  if (rule === undefined) {
    const declared = model.pluginOptions?.communes?.confidentiality as
      | { when?: { field?: unknown; equals?: unknown }; visible?: unknown }
      | undefined;
    if (!declared) rule = null;
    else {
      const visible = Array.isArray(declared.visible) ? declared.visible.filter((v): v is string => typeof v === 'string') : [];
      const { field, equals } = declared.when ?? {};
      const valid = typeof field === 'string' && field !== '' && typeof equals === 'boolean';
      rule = { flag: valid ? field : '', closedWhen: valid ? equals : true, keeps: new Set([...SYSTEM_KEYS, ...visible]) };
    }
    rules.set(model, rule);
  }
  return rule ?? undefined;
}

/** An entry is closed unless its flag is read and says open: a missing flag fails closed. */
export const isClosedEntry = (rule: ModelConfidentiality, entry: Readonly<Record<string, unknown>>): boolean => {
  const flag = rule.flag ? entry[rule.flag] : undefined;
  return typeof flag !== 'boolean' || flag === rule.closedWhen;
};

/**
 * The filter that an entry is open, as Strapi's REST filters say it; without a flag, one no
 * entry meets (Strapi drops a condition on an unknown attribute, which would match them all).
 */
export const openCondition = (rule: ModelConfidentiality): Record<string, unknown> =>
  rule.flag ? { [rule.flag]: { $eq: !rule.closedWhen } } : { id: { $null: true } };

/**
 * Whether a confidential entry of this model withholds the attribute. Only attributes count:
 * an operator (`$eq` on a relation) or an unknown key is left to Strapi, which refuses the latter.
 */
export function isWithheldAttribute(model: StrapiModel, name: string): boolean {
  const rule = confidentialityOf(model);
  return rule !== undefined && Object.hasOwn(model.attributes, name) && !rule.keeps.has(name);
}

/**
 * Whether the relation is the far side of one a confidential entry withholds (a paper's
 * `agendaItems`, mirroring the item's `papers`): the link itself is then withheld, and the
 * related entry's rule, returned, says which related entries to leave out.
 */
export function withheldLinkRule(model: StrapiModel, name: string, getModel: GetModel): ModelConfidentiality | undefined {
  const attribute = model.attributes[name];
  if (attribute?.type !== 'relation' || !attribute.target) return undefined;
  const other = attribute.mappedBy ?? attribute.inversedBy;
  const target = getModel(attribute.target);
  if (!other || !target || !isWithheldAttribute(target, other)) return undefined;
  return confidentialityOf(target);
}
