import { contentTypeNamed, isIsoDate, isIsoDateTime, type Locale, type ResolvedContentType } from '@communes/domain';
import type { ListFilters } from '@communes/regional-index';
import { badParameter } from '../open-data-error';
import type { LabelLanguage } from './export-columns';

export interface ExportQuery {
  locale?: string;
  labels: LabelLanguage;
  /** Excel's way: a byte-order mark, semicolons, formulas neutralized. */
  excel: boolean;
  /** The GraphQL lists' filters (`{ start: { gte: ... }, meeting: { cancelled: { eq: false } } }`). */
  filters: ListFilters | null;
}

const LANGUAGES: readonly Locale[] = ['fr', 'nl', 'de', 'en'];
const KNOWN = new Set(['town', 'group', 'locale', 'labels', 'excel']);
const NAME = '[a-zA-Z][a-zA-Z0-9]{0,62}';
/** `filters[field][op]`, or through one relation `filters[relation][field][op]`. */
const FILTER = new RegExp(`^filters\\[(${NAME})\\](?:\\[(${NAME})\\])?\\[(${NAME})\\]$`);
const MAX_FILTERS = 20;
const MAX_VALUES = 100;

const COMPARE = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'];
const TEXT = [...COMPARE, 'eqi', 'contains', 'containsi', 'notContains', 'notContainsi', 'startsWith', 'endsWith'];
/** Which operators each kind of field takes (`in` and `notIn` take the parameter repeated; `null` takes true or false). */
const OPERATORS: Record<string, readonly string[]> = {
  string: [...TEXT, 'in', 'notIn', 'null'],
  text: [...TEXT, 'null'],
  email: [...TEXT, 'null'],
  url: [...TEXT, 'null'],
  enumeration: ['eq', 'ne', 'in', 'notIn', 'null'],
  enumerationList: ['eq'],
  integer: [...COMPARE, 'in', 'notIn', 'null'],
  decimal: [...COMPARE, 'null'],
  boolean: ['eq', 'ne', 'null'],
  date: [...COMPARE, 'null'],
  dateTime: [...COMPARE, 'null'],
  time: [...COMPARE, 'null'],
  documentId: ['eq', 'ne', 'in', 'notIn'],
};
/** What every entry carries, filterable as instants: an analyst's "what changed since". */
const SYSTEM_INSTANTS = new Set(['updatedAt', 'publishedAt']);

/** One parameter's value, typed by the field; a value of the wrong type is a 400 naming the parameter. */
function toValue(type: ResolvedContentType, field: string, kind: string, param: string, value: string): unknown {
  const shown = value.slice(0, 60);
  if (kind === 'enumeration' || kind === 'enumerationList') {
    const definition = type.fields[field];
    const codes = definition && 'vocabulary' in definition ? definition.vocabulary.codes.map((c) => c.code) : [];
    if (!codes.includes(value)) throw badParameter(`${param}: expected one of ${codes.join(', ')}, got "${shown}".`);
    return value;
  }
  if (kind === 'boolean') {
    if (value !== 'true' && value !== 'false') throw badParameter(`${param}: expected true or false, got "${shown}".`);
    return value === 'true';
  }
  if (kind === 'integer' || kind === 'decimal') {
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number)) throw badParameter(`${param}: expected a number, got "${shown}".`);
    return number;
  }
  if (kind === 'date' && !isIsoDate(value)) throw badParameter(`${param}: expected a date such as 2026-12-01, got "${shown}".`);
  if (kind === 'dateTime' && !isIsoDate(value) && !isIsoDateTime(value))
    throw badParameter(`${param}: expected a date or an instant such as 2026-12-01T09:00:00Z, got "${shown}".`);
  if (value.length > 500) throw badParameter(`${param}: at most 500 characters.`);
  return value;
}

/** The kind of a filterable field of `type`, or a 400 naming the parameter. */
function filterableKind(type: ResolvedContentType, field: string, param: string): string {
  if (SYSTEM_INSTANTS.has(field)) return 'dateTime';
  if (field === 'documentId') return 'documentId';
  const definition = type.fields[field];
  if (!definition || definition.private || !OPERATORS[definition.kind])
    throw badParameter(`${param}: ${type.names.plural} cannot be filtered on "${field}".`);
  return definition.kind;
}

/** Adds one `filters[...]` parameter (all its values) to the tree. */
function addFilter(
  filters: Record<string, Record<string, unknown>>,
  type: ResolvedContentType,
  path: string[],
  param: string,
  values: string[],
) {
  let [field, op] = path as [string, string];
  let owner = type;
  let node = filters;
  if (path.length === 3) {
    const relation = type.fields[path[0]!];
    if (relation?.kind !== 'relation' || relation.private)
      throw badParameter(`${param}: ${type.names.plural} have no relation "${path[0]}" to filter through.`);
    owner = contentTypeNamed(relation.target);
    filters[path[0]!] ??= {};
    node = filters[path[0]!] as Record<string, Record<string, unknown>>;
    [field, op] = [path[1]!, path[2]!];
  }
  const kind = filterableKind(owner, field, param);
  const allowed = OPERATORS[kind]!;
  if (!allowed.includes(op)) throw badParameter(`${param}: "${field}" takes ${allowed.join(', ')}.`);
  const operators = node[field] ?? {};
  node[field] = operators;
  if (op in operators || (op !== 'in' && op !== 'notIn' && values.length > 1)) throw badParameter(`${param}: given more than once.`);
  if (values.length > MAX_VALUES) throw badParameter(`${param}: at most ${MAX_VALUES} values.`);
  if (op === 'null') {
    if (values[0] !== 'true' && values[0] !== 'false') throw badParameter(`${param}: expected true or false.`);
    operators.null = values[0] === 'true';
  } else if (kind === 'enumerationList') {
    // A list of codes holds the code asked.
    operators.contains = toValue(owner, field, kind, param, values[0]!);
  } else if (op === 'in' || op === 'notIn') {
    operators[op] = values.map((value) => toValue(owner, field, kind, param, value));
  } else {
    operators[op] = toValue(owner, field, kind, param, values[0]!);
  }
}

/** An export's query string (its town scope is read by toTownScope). */
export function parseExportQuery(url: URL, type: ResolvedContentType): ExportQuery {
  const filters: Record<string, Record<string, unknown>> = {};
  const seen = new Set<string>();
  for (const key of url.searchParams.keys()) {
    const filter = FILTER.exec(key);
    if (filter) {
      if (seen.has(key)) continue;
      seen.add(key);
      if (seen.size > MAX_FILTERS) throw badParameter(`filters: at most ${MAX_FILTERS}.`);
      addFilter(filters, type, filter.slice(1).filter(Boolean), key, url.searchParams.getAll(key));
    } else if (!KNOWN.has(key))
      throw badParameter(
        `${key.slice(0, 60)}: an export takes town, group, locale, labels, excel and filters[field][operator] (or filters[relation][field][operator]).`,
      );
  }
  const labels = url.searchParams.get('labels') ?? 'codes';
  if (labels !== 'codes' && !LANGUAGES.includes(labels as Locale))
    throw badParameter(`labels: expected codes or a language (${LANGUAGES.join(', ')}), got "${labels.slice(0, 20)}".`);
  const excel = url.searchParams.get('excel') ?? 'false';
  if (excel !== 'true' && excel !== 'false') throw badParameter(`excel: expected true or false, got "${excel.slice(0, 20)}".`);
  const locale = url.searchParams.get('locale') ?? undefined;
  if (locale !== undefined && !/^[a-z]{2,3}$/.test(locale))
    throw badParameter(`locale: expected one locale code such as fr, got "${locale.slice(0, 20)}".`);
  return {
    labels: labels as LabelLanguage,
    excel: excel === 'true',
    filters: seen.size ? filters : null,
    ...(locale ? { locale } : {}),
  };
}
