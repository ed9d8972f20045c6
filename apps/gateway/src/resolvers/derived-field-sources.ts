import type { ResolvedContentType } from '@communes/domain';
import { labelledFields } from '../labels/labelled-fields';
import { hasOccurrences, OCCURRENCE_SOURCE_FIELDS } from '../occurrences/occurrence-range';

const perType = new WeakMap<ResolvedContentType, ReadonlyMap<string, readonly string[]>>();

/**
 * The fields the gateway computes from others, by kind, and what each is computed from:
 * `eventStatusLabel` from `eventStatus`, an event's `occurrences` from its dates and rule.
 * Built once per kind: asked on every list a query selects.
 */
function derivedFields(type: ResolvedContentType): ReadonlyMap<string, readonly string[]> {
  let fields = perType.get(type);
  if (!fields) {
    const entries: [string, readonly string[]][] = labelledFields(type).map((f) => [f.labelField, [f.field]]);
    if (hasOccurrences(type)) entries.push(['occurrences', OCCURRENCE_SOURCE_FIELDS]);
    fields = new Map(entries);
    perType.set(type, fields);
  }
  return fields;
}

/** The fields a town must send for the computed ones a query selects. */
export function derivedFieldSources(type: ResolvedContentType, requested: ReadonlySet<string>): string[] {
  return [...requested].flatMap((name) => derivedFields(type).get(name) ?? []);
}
