import { geoColumns, type Locale, type ResolvedContentType } from '@communes/domain';

/** An entry of the index as an export reads it. */
export interface ExportRow {
  town: string;
  data: Readonly<Record<string, unknown>>;
}

/** A cell's value as JSON has it: NDJSON writes it as is, CSV as text (`toCellText`). */
export type ExportValue = string | number | boolean | null | readonly ExportValue[] | { readonly [key: string]: unknown };

/** One column of an export: its header and how its value is read from an entry. */
export interface ExportColumn {
  name: string;
  value(row: ExportRow): ExportValue;
}

/** How vocabulary fields are written: their codes, or their labels in one language. */
export type LabelLanguage = 'codes' | Locale;

const scalar = (value: unknown): ExportValue => (value === undefined ? null : (value as ExportValue));
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]);

/** A value as a CSV cell: lists joined with " | ", structured values as JSON, nothing for null. */
export const toCellText = (value: ExportValue): string =>
  value === null
    ? ''
    : Array.isArray(value)
      ? value.map((item) => toCellText(item as ExportValue)).join(' | ')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);

/**
 * The columns of a kind's export, in the model's order: the town, the entry's documentId and
 * locale, every public field (a geo point as its two columns; an enumeration as its code or
 * label; links as documentIds; files as absolute URLs), then when it was published and last
 * updated. A field that holds a list is a list, whether it has one item or none.
 */
export function exportColumns(type: ResolvedContentType, labels: LabelLanguage, fileOrigin: (town: string) => string): ExportColumn[] {
  const columns: ExportColumn[] = [
    { name: 'town', value: (row) => row.town },
    { name: 'documentId', value: ({ data }) => scalar(data.documentId) },
  ];
  if (type.localized) columns.push({ name: 'locale', value: ({ data }) => scalar(data.locale) });
  for (const [name, field] of Object.entries(type.fields)) {
    if (field.private) continue;
    switch (field.kind) {
      case 'geoPoint':
        for (const column of Object.values(geoColumns(name))) columns.push({ name: column, value: ({ data }) => scalar(data[column]) });
        break;
      case 'enumeration':
      case 'enumerationList': {
        const label = (code: unknown): ExportValue =>
          labels === 'codes' ? scalar(code) : (field.vocabulary.codes.find((c) => c.code === code)?.labels[labels] ?? scalar(code));
        columns.push({
          name,
          value: ({ data }) =>
            field.kind === 'enumerationList' ? list(data[name]).map(label) : data[name] == null ? null : label(data[name]),
        });
        break;
      }
      case 'memberList':
        columns.push({ name, value: ({ data }) => list(data[name]).map(scalar) });
        break;
      case 'relation': {
        const many = field.cardinality === 'oneToMany' || field.cardinality === 'manyToMany';
        const id = (link: unknown): ExportValue => scalar((link as { documentId?: unknown } | null)?.documentId);
        columns.push({ name, value: ({ data }) => (many ? list(data[name]).map(id) : data[name] == null ? null : id(data[name])) });
        break;
      }
      case 'media': {
        const url = (town: string, file: unknown): ExportValue => {
          const path = (file as { url?: unknown } | null)?.url;
          return typeof path !== 'string' ? null : path.startsWith('/') ? `${fileOrigin(town)}${path}` : path;
        };
        columns.push({
          name,
          value: ({ town, data }) =>
            field.multiple ? list(data[name]).map((file) => url(town, file)) : data[name] == null ? null : url(town, data[name]),
        });
        break;
      }
      default:
        columns.push({ name, value: ({ data }) => scalar(data[name]) });
    }
  }
  columns.push(
    { name: 'publishedAt', value: ({ data }) => scalar(data.publishedAt) },
    { name: 'updatedAt', value: ({ data }) => scalar(data.updatedAt) },
  );
  return columns;
}
