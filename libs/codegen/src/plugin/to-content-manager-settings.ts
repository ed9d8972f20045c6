import { createHash } from 'node:crypto';
import {
  type Domain,
  type EditorText,
  editorTextOf,
  editorTypeName,
  type Field,
  geoColumns,
  isSortable,
  LOCALES,
  type Locale,
  type Model,
  type RelationField,
  type ResolvedContentType,
} from '@communes/domain';

/** What editors read for one attribute of the Content Manager's forms and lists. */
export interface FieldPresentation {
  label: string;
  description?: string;
}

export interface ContentManagerSettings {
  /**
   * Changes whenever anything below changes: a town configured by an older version gets the
   * new words for what it has not changed itself.
   */
  version: string;
  /** The type's name in each admin language, after its domain's ("Conseil · Séance"). */
  displayName: Record<Locale, string>;
  /** The field shown for an entry in lists and relation pickers. */
  mainField: string;
  defaultSortBy: string;
  defaultSortOrder: 'ASC' | 'DESC';
  /** Columns of the list view. */
  listFields: string[];
  /** Per locale (the town's main language is applied), per attribute: label and help text. */
  labels: Record<Locale, Record<string, FieldPresentation>>;
  /**
   * Attributes shown but not edited in this type's form: the inverse side of a relation,
   * which editors set from the other side (an agenda item chooses its meeting).
   */
  readOnly: string[];
  /** Per relation attribute: the target's naming field, which its picker shows. */
  relationMainFields: Record<string, string>;
}

/** The words for the two columns a map position is stored in. */
const GEO_PARTS: Record<'latitude' | 'longitude', Record<Locale, string>> = {
  latitude: { fr: 'latitude', nl: 'breedtegraad', de: 'Breitengrad', en: 'latitude' },
  longitude: { fr: 'longitude', nl: 'lengtegraad', de: 'Längengrad', en: 'longitude' },
};

const humanize = (name: string): string => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const presentationsOf = (name: string, field: Field, editor: EditorText | undefined, locale: Locale): Record<string, FieldPresentation> => {
  // A model without editor text (a test model, a town's own type) still gets readable labels.
  const label = editor?.label[locale] ?? humanize(name);
  const description = editor?.help?.[locale];
  const withHelp = (text: string): FieldPresentation => (description ? { label: text, description } : { label: text });
  if (field.kind === 'geoPoint') {
    const columns = geoColumns(name);
    return {
      [columns.latitude]: withHelp(`${label}: ${GEO_PARTS.latitude[locale]}`),
      [columns.longitude]: withHelp(`${label}: ${GEO_PARTS.longitude[locale]}`),
    };
  }
  return { [name]: withHelp(label) };
};

/** An explicit naming field, else `name`, else `title`, else the first public string. */
export const titleFieldOf = (type: ResolvedContentType): string => {
  const fields = Object.entries(type.fields);
  const isString = (name: string) => ['string', 'text'].includes(type.fields[name]?.kind ?? '') && !type.fields[name]?.private;
  return (
    [type.titleField, 'name', 'title'].find((name): name is string => name !== undefined && isString(name)) ??
    fields.find(([name]) => isString(name))?.[0] ??
    'documentId'
  );
};

const versionOf = (settings: Omit<ContentManagerSettings, 'version'>): string =>
  createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 12);

/**
 * How Strapi's Content Manager should present each type of a domain to a town's editors:
 * labels and help texts in each language, the field that names an entry, the default order,
 * the list columns (with the closed-session flag where a type has one). Plugins apply it.
 */
export function toContentManagerSettings(model: Model, domain: Domain): Record<string, ContentManagerSettings> {
  const mainFields = new Map(model.contentTypes.map((type) => [type.names.singular, titleFieldOf(type)]));
  const settings: Record<string, ContentManagerSettings> = {};
  for (const type of model.contentTypes.filter((t) => t.domain === domain)) {
    const fields = Object.entries(type.fields);
    const mainField = mainFields.get(type.names.singular)!;
    const [order] = type.defaultOrder;
    const flag = type.confidentiality?.when.field;
    const columns = [
      mainField,
      ...fields.filter(([name, f]) => name !== mainField && isSortable(f) && f.kind !== 'text').map(([name]) => name),
    ].slice(0, 4);
    // Closed-session entries must stand out in the list, whatever else it shows.
    const listFields = flag && !columns.includes(flag) ? [...columns.slice(0, 3), flag] : columns;
    const relations = fields.filter((entry): entry is [string, RelationField] => entry[1].kind === 'relation');
    const unversioned: Omit<ContentManagerSettings, 'version'> = {
      displayName: Object.fromEntries(LOCALES.map((locale) => [locale, editorTypeName(type, locale)])) as Record<Locale, string>,
      mainField,
      defaultSortBy: order?.field ?? mainField,
      defaultSortOrder: order?.direction === 'desc' ? 'DESC' : 'ASC',
      listFields,
      labels: Object.fromEntries(
        LOCALES.map((locale) => [
          locale,
          Object.assign({}, ...fields.map(([name, field]) => presentationsOf(name, field, editorTextOf(model, field), locale))),
        ]),
      ) as Record<Locale, Record<string, FieldPresentation>>,
      readOnly: relations.filter(([, field]) => field.inverseOf !== undefined).map(([name]) => name),
      relationMainFields: Object.fromEntries(relations.map(([name, field]) => [name, mainFields.get(field.target) ?? 'documentId'])),
    };
    settings[type.names.singular] = { version: versionOf(unversioned), ...unversioned };
  }
  return settings;
}
