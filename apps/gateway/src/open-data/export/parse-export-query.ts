import { isIsoDate, isIsoDateTime, type Locale, type ResolvedContentType } from '@communes/domain';
import type { IndexFilter } from '@communes/regional-index';
import { badParameter } from '../open-data-error';
import type { LabelLanguage } from './export-columns';

export interface ExportQuery {
  locale?: string;
  labels: LabelLanguage;
  /** Excel's way: a byte-order mark, semicolons, formulas neutralized. */
  excel: boolean;
  filters: IndexFilter[];
}

const LANGUAGES: readonly Locale[] = ['fr', 'nl', 'de', 'en'];
const KNOWN = new Set(['town', 'group', 'locale', 'labels', 'excel']);
const FILTER = /^filters\[([a-zA-Z][a-zA-Z0-9]{0,62})\]\[(eq|gte|lte)\]$/;
const TEXT_KINDS = new Set(['string', 'text', 'email', 'url', 'enumeration', 'date', 'dateTime', 'time']);

/** One `filters[field][op]=value`, typed by the model's field; a value of the wrong type is a 400 naming it. */
function toFilter(type: ResolvedContentType, field: string, op: 'eq' | 'gte' | 'lte', value: string): IndexFilter {
  const param = `filters[${field}][${op}]`;
  const shown = value.slice(0, 60);
  const definition = type.fields[field];
  if (
    !definition ||
    definition.private ||
    definition.kind === 'richText' ||
    ['relation', 'media', 'struct', 'json', 'geoPoint'].includes(definition.kind)
  )
    throw badParameter(`${param}: ${type.names.plural} cannot be filtered on "${field}".`);
  if (definition.kind === 'enumeration' || definition.kind === 'enumerationList') {
    const codes = definition.vocabulary.codes.map((c) => c.code);
    if (!codes.includes(value)) throw badParameter(`${param}: expected one of ${codes.join(', ')}, got "${shown}".`);
    if (definition.kind === 'enumerationList') {
      if (op !== 'eq') throw badParameter(`${param}: a list of codes takes eq (it holds the code).`);
      return { field, type: 'list', op: 'contains', value };
    }
  }
  if (definition.kind === 'boolean') {
    if (op !== 'eq' || (value !== 'true' && value !== 'false')) throw badParameter(`${param}: expected eq with true or false.`);
    return { field, type: 'boolean', op: 'eq', value: value === 'true' };
  }
  if (definition.kind === 'integer' || definition.kind === 'decimal') {
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number)) throw badParameter(`${param}: expected a number, got "${shown}".`);
    return { field, type: 'number', op, value: number };
  }
  if (definition.kind === 'date' && !isIsoDate(value)) throw badParameter(`${param}: expected a date such as 2026-12-01, got "${shown}".`);
  if (definition.kind === 'dateTime' && !isIsoDate(value) && !isIsoDateTime(value))
    throw badParameter(`${param}: expected a date or an instant such as 2026-12-01T09:00:00Z, got "${shown}".`);
  if (!TEXT_KINDS.has(definition.kind)) throw badParameter(`${param}: ${type.names.plural} cannot be filtered on "${field}".`);
  return { field, type: 'text', op, value };
}

/** An export's query string (its town scope is read by toTownScope). */
export function parseExportQuery(url: URL, type: ResolvedContentType): ExportQuery {
  const filters: IndexFilter[] = [];
  for (const [key, value] of url.searchParams) {
    const filter = FILTER.exec(key);
    if (filter) filters.push(toFilter(type, filter[1]!, filter[2] as 'eq' | 'gte' | 'lte', value));
    else if (!KNOWN.has(key))
      throw badParameter(`${key.slice(0, 60)}: an export takes town, group, locale, labels, excel and filters[field][eq|gte|lte].`);
  }
  if (filters.length > 20) throw badParameter(`filters: at most 20, got ${filters.length}.`);
  const labels = url.searchParams.get('labels') ?? 'codes';
  if (labels !== 'codes' && !LANGUAGES.includes(labels as Locale))
    throw badParameter(`labels: expected codes or a language (${LANGUAGES.join(', ')}), got "${labels.slice(0, 20)}".`);
  const excel = url.searchParams.get('excel') ?? 'false';
  if (excel !== 'true' && excel !== 'false') throw badParameter(`excel: expected true or false, got "${excel.slice(0, 20)}".`);
  const locale = url.searchParams.get('locale') ?? undefined;
  if (locale !== undefined && !/^[a-z]{2,3}$/.test(locale))
    throw badParameter(`locale: expected one locale code such as fr, got "${locale.slice(0, 20)}".`);
  return { labels: labels as LabelLanguage, excel: excel === 'true', filters, ...(locale ? { locale } : {}) };
}
