import { isWithheldField, type ResolvedContentType } from '@communes/domain';
import { derivedFieldSources } from './derived-field-sources';

/** What a town must be asked for, to answer the fields a query selects of one kind. */
export interface TownSelection {
  /** Relations to populate (their documentIds only). */
  relations: string[];
  media: string[];
  /**
   * The other attributes selected: the town sends only these (Strapi's `fields`), so that
   * a list of headlines does not carry every article's body from every town.
   */
  scalars: string[];
}

/**
 * Of the fields a query asks of a kind, those the town must send or populate. When one of
 * them is withheld from confidential entries, the flag that tells them apart is asked for
 * too, even if the query does not select it: the gateway withholds those fields again from
 * entries the flag does not show open (see `toNode`).
 */
export function townSelection(type: ResolvedContentType, requested: ReadonlySet<string>): TownSelection {
  const selection: TownSelection = { relations: [], media: [], scalars: [] };
  const flag = type.confidentiality?.when.field;
  // A computed field asks the town for what it is computed from (a label, its code), withheld or not.
  const wanted = new Set([...requested, ...derivedFieldSources(type, requested)]);
  if (flag && [...wanted].some((name) => isWithheldField(type, name))) wanted.add(flag);
  for (const [name, field] of Object.entries(type.fields)) {
    if (!wanted.has(name) || field.private) continue;
    if (field.kind === 'relation') selection.relations.push(name);
    else if (field.kind === 'media') selection.media.push(name);
    else selection.scalars.push(name);
  }
  return selection;
}
