import { createHash } from 'node:crypto';
import type { Domain, Model } from '@communes/domain';

/** JSON with object keys sorted, so that the same model always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
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
