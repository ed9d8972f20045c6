import { readFileSync } from 'node:fs';

/** Breaking changes made on purpose since the last release, and why (`schema-breaking-changes.json`). */
export interface BreakAcknowledgement {
  /** Why clients must adapt: what replaces what was removed or changed. */
  reason: string;
  /** Each a breaking change's path (`Type.field.argument`) or its exact message. */
  changes: string[];
}

/** Reads and checks the acknowledgements file: an array of `{ reason, changes }`. */
export function readBreakAcknowledgements(file: string): BreakAcknowledgement[] {
  const entries: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${file}: expected an array of { reason, changes }, got ${typeof entries}`);
  entries.forEach((entry, i) => {
    const { reason, changes } = (entry ?? {}) as Partial<BreakAcknowledgement>;
    if (typeof reason !== 'string' || reason.trim() === '') throw new Error(`${file}[${i}]: expected a non-empty reason`);
    if (!Array.isArray(changes) || changes.length === 0 || !changes.every((c) => typeof c === 'string' && c !== '')) {
      throw new Error(`${file}[${i}]: expected changes, a non-empty array of paths or messages`);
    }
  });
  return entries as BreakAcknowledgement[];
}
