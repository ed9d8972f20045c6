import { contentTypeNamed, type ResolvedContentType } from '@communes/domain';
import { SYSTEM_INSTANTS } from '@communes/regional-index';

const isToOne = (field: { kind: string; cardinality?: string }) =>
  field.kind === 'relation' && (field.cardinality === 'manyToOne' || field.cardinality === 'oneToOne');

/** The public fields of a kind, by what an aggregate does with them. The schema's enums list exactly these. */
export interface AggregateFields {
  /**
   * Groups: a vocabulary (a list of codes: each code), a yes/no, a link to one entry; `town`
   * first; then `<link>_<field>`, a vocabulary or yes/no of the entry a link to one names.
   */
  group: string[];
  /** Periods and durations: the date and instant fields, and the system instants. */
  date: string[];
  /** Sums, averages, extremes, percentiles. */
  number: string[];
  /** Distinct values counted. */
  distinct: string[];
}

const cache = new WeakMap<ResolvedContentType, AggregateFields>();

export function aggregateFieldsOf(type: ResolvedContentType): AggregateFields {
  const known = cache.get(type);
  if (known) return known;
  const fields = Object.entries(type.fields).filter(([, field]) => !field.private);
  const named = (pick: (field: (typeof fields)[number][1]) => boolean) => fields.filter(([, field]) => pick(field)).map(([name]) => name);
  const linked = fields.flatMap(([name, field]) => {
    if (field.kind !== 'relation' || !isToOne(field)) return [];
    const target = contentTypeNamed(field.target);
    return Object.entries(target.fields)
      .filter(([, f]) => !f.private && (f.kind === 'enumeration' || f.kind === 'boolean'))
      .map(([targetField]) => `${name}_${targetField}`);
  });
  const result: AggregateFields = {
    group: [
      'town',
      ...named((f) => f.kind === 'enumeration' || f.kind === 'enumerationList' || f.kind === 'boolean' || isToOne(f)),
      ...linked,
    ],
    date: [...named((f) => f.kind === 'date' || f.kind === 'dateTime'), ...SYSTEM_INSTANTS],
    number: named((f) => f.kind === 'integer' || f.kind === 'decimal'),
    distinct: named((f) => ['string', 'enumeration', 'integer', 'decimal', 'boolean', 'date', 'dateTime'].includes(f.kind) || isToOne(f)),
  };
  cache.set(type, result);
  return result;
}
