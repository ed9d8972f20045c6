import { geoColumns, isSortable, type Domain, type Field, type Model } from '@communes/domain';

export interface ContentManagerSettings {
  /** The field shown for an entry in lists and relation pickers. */
  mainField: string;
  defaultSortBy: string;
  defaultSortOrder: 'ASC' | 'DESC';
  /** Columns of the list view. */
  listFields: string[];
  /** Per attribute: the label and help text editors see. */
  labels: Record<string, { label: string; description?: string }>;
}

const humanize = (name: string): string => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const labelsOf = (name: string, field: Field): ContentManagerSettings['labels'] => {
  const description = field.description ? { description: field.description } : {};
  if (field.kind === 'geoPoint') {
    const columns = geoColumns(name);
    return {
      [columns.latitude]: { label: `${humanize(name)}: latitude`, description: 'WGS 84, decimal degrees.' },
      [columns.longitude]: { label: `${humanize(name)}: longitude`, description: 'WGS 84, decimal degrees.' },
    };
  }
  return { [name]: { label: humanize(name), ...description } };
};

/**
 * How Strapi's Content Manager should present each type of a domain to a town's editors:
 * readable labels, the field that names an entry, the default order. Plugins apply it once.
 */
export function toContentManagerSettings(model: Model, domain: Domain): Record<string, ContentManagerSettings> {
  const settings: Record<string, ContentManagerSettings> = {};
  for (const type of model.contentTypes.filter((t) => t.domain === domain)) {
    const fields = Object.entries(type.fields);
    const mainField = fields.find(([, f]) => f.kind === 'string' && !f.private)?.[0] ?? 'documentId';
    const [order] = type.defaultOrder;
    const listFields = [
      mainField,
      ...fields.filter(([name, f]) => name !== mainField && isSortable(f) && f.kind !== 'text').map(([name]) => name),
    ].slice(0, 4);
    settings[type.names.singular] = {
      mainField,
      defaultSortBy: order?.field ?? mainField,
      defaultSortOrder: order?.direction === 'desc' ? 'DESC' : 'ASC',
      listFields,
      labels: Object.assign({}, ...fields.map(([name, field]) => labelsOf(name, field))),
    };
  }
  return settings;
}
