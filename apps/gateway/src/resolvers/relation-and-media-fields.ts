import type { ResolvedContentType } from '@communes/domain';

/** Of the fields a query asks of a kind, those the town must be asked to populate. */
export function relationAndMediaFields(type: ResolvedContentType, requested: ReadonlySet<string>): { relations: string[]; media: string[] } {
  const relations: string[] = [];
  const media: string[] = [];
  for (const [name, field] of Object.entries(type.fields)) {
    if (!requested.has(name) || field.private) continue;
    if (field.kind === 'relation') relations.push(name);
    if (field.kind === 'media') media.push(name);
  }
  return { relations, media };
}
