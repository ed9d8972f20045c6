import { type Field, geoColumns, type ResolvedContentType } from '@communes/domain';

export interface FieldAtPath {
  field: Field;
  /** Which of a map position's two columns the path names. */
  geoPart?: 'latitude' | 'longitude';
}

/**
 * The model field a form names an input by: a field (`name`), a column of a map position
 * (`geoLatitude`), or a part of a structured value (`cost.amount`, `channels.0.channelType`,
 * `openingHours.periods.0.dayOfWeek`: item numbers and the inputs' own groups are stepped over).
 * Undefined when the path does not end on a field of the model.
 */
export function fieldAtPath(type: ResolvedContentType, path: string): FieldAtPath | undefined {
  const [head = '', ...rest] = path.split('.');
  for (const [name, field] of Object.entries(type.fields)) {
    if (field.kind !== 'geoPoint') continue;
    const columns = geoColumns(name);
    if (head === columns.latitude) return { field, geoPart: 'latitude' };
    if (head === columns.longitude) return { field, geoPart: 'longitude' };
  }
  let field = type.fields[head];
  if (!field) return undefined;
  let endsOnPart = true;
  for (const segment of rest) {
    const part: Field | undefined = field.kind === 'struct' ? field.valueType.fields[segment] : undefined;
    endsOnPart = part !== undefined;
    if (part) field = part;
  }
  return endsOnPart ? { field } : undefined;
}
