import { createHash } from 'node:crypto';
import type { Domain, Model } from '@communes/domain';

/**
 * What only the admin panel shows (a field's editor text, a type's editor name and naming
 * field): towns that differ only there serve the same thing, so it is left out of the hash.
 */
const isEditorOnly = (owner: object, key: string): boolean =>
  ('kind' in owner && (key === 'editor' || key === 'inverseEditor')) || ('names' in owner && (key === 'editor' || key === 'titleField'));

/** JSON with object keys sorted, so that the same model always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => v !== undefined && !isEditorOnly(value, k))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A short hash of one domain's part of the model (its content types, their fields,
 * vocabularies and value types). It changes exactly when what the domain's plugin serves
 * changes, which lets the gateway tell towns' model versions apart.
 */
export function toModelFingerprint(model: Model, domain: Domain): string {
  const types = model.contentTypes.filter((type) => type.domain === domain);
  return `sha256:${createHash('sha256').update(canonicalJson(types)).digest('hex').slice(0, 16)}`;
}
