import { type FieldRename, NOT_RENAMEABLE } from './field-renames';
import type { StoredField, StoredShape } from './stored-shape';

export const DataLossCode = {
  ContentTypeRemoved: 'CONTENT_TYPE_REMOVED',
  FieldRemoved: 'FIELD_REMOVED',
  KindChanged: 'KIND_CHANGED',
  CodesRemoved: 'CODES_REMOVED',
  NoLongerLocalized: 'NO_LONGER_LOCALIZED',
  RelationChanged: 'RELATION_CHANGED',
  NoLongerList: 'NO_LONGER_LIST',
  RenameInvalid: 'RENAME_INVALID',
} as const;
export type DataLossCode = (typeof DataLossCode)[keyof typeof DataLossCode];

/** A change of the model that would lose values towns store, were they upgraded without a migration. */
export interface DataLoss {
  code: DataLossCode;
  /** `event`, `event.price`, `event.organizer.email`. */
  path: string;
  message: string;
}

/** Changes between two versions of a field that lose stored values; additions lose none. */
function fieldLosses(path: string, before: StoredField, after: StoredField): DataLoss[] {
  const loss = (code: DataLossCode, message: string): DataLoss[] => [{ code, path, message: `${path}: ${message}` }];
  if (before.kind !== after.kind)
    return loss(DataLossCode.KindChanged, `was a ${before.kind}, now a ${after.kind}: the stored values would not be read as they are.`);
  const losses: DataLoss[] = [];
  if (before.localized && !after.localized)
    losses.push(...loss(DataLossCode.NoLongerLocalized, 'is no longer localized: every locale but one would be lost.'));
  const removedCodes = (before.codes ?? []).filter((code) => !(after.codes ?? []).includes(code));
  if (removedCodes.length)
    losses.push(...loss(DataLossCode.CodesRemoved, `loses the codes ${removedCodes.join(', ')}: entries holding them would be invalid.`));
  if (before.target !== after.target || before.cardinality !== after.cardinality)
    losses.push(
      ...loss(
        DataLossCode.RelationChanged,
        `was a ${before.cardinality} relation to ${before.target}, now a ${after.cardinality} to ${after.target}: its links would be lost.`,
      ),
    );
  if ((before.list && !after.list) || (before.multiple && !after.multiple))
    losses.push(...loss(DataLossCode.NoLongerList, 'holds one value where it held several: all but one would be lost.'));
  for (const [name, part] of Object.entries(before.parts ?? {})) {
    const next = after.parts?.[name];
    if (!next) losses.push(...loss(DataLossCode.FieldRemoved, `loses its part ${name}: the values stored in it would be lost.`));
    else losses.push(...fieldLosses(`${path}.${name}`, part, next));
  }
  return losses;
}

/** Why a rename cannot carry a field's values from the released model to the current one, if it cannot. */
function renameProblem(rename: FieldRename, released: StoredShape, current: StoredShape): string | undefined {
  const { kind, from, to } = rename;
  const before = released[kind]?.fields[from];
  const after = current[kind]?.fields[to];
  if (!before) return `${kind}.${from} was never released`;
  if (!after) return `${kind}.${to} is not in the model`;
  if (current[kind]?.fields[from]) return `${kind}.${from} is still in the model`;
  if (released[kind]?.fields[to]) return `${kind}.${to} was released already: its own values would be overwritten`;
  if (NOT_RENAMEABLE.has(before.kind)) return `a ${before.kind} is not stored in one column: it cannot be renamed`;
  return undefined;
}

/**
 * What a model change would lose in towns that upgrade: a removed content type or field (a
 * rename is a removal and an addition to Strapi, which drops the old column, unless the
 * model ships it as a `FieldRename`), a changed kind, removed codes, a field no longer
 * localized, a relation pointing elsewhere, a list made single. A shipped rename that cannot
 * carry its values is a loss too (RENAME_INVALID).
 */
export function findDataLosses(released: StoredShape, current: StoredShape, renames: readonly FieldRename[] = []): DataLoss[] {
  const losses: DataLoss[] = [];
  const carried = new Map<string, FieldRename>();
  for (const rename of renames) {
    // Released already (the release after it records the new name): nothing left to check.
    if (!released[rename.kind]?.fields[rename.from] && released[rename.kind]?.fields[rename.to]) continue;
    const problem = renameProblem(rename, released, current);
    const path = `${rename.kind}.${rename.from}`;
    if (problem) losses.push({ code: DataLossCode.RenameInvalid, path, message: `${path} renamed to ${rename.to}: ${problem}.` });
    else carried.set(path, rename);
  }
  for (const [name, before] of Object.entries(released)) {
    const after = current[name];
    if (!after) {
      losses.push({
        code: DataLossCode.ContentTypeRemoved,
        path: name,
        message: `${name}: the content type is removed: every entry of it would be lost.`,
      });
      continue;
    }
    for (const [field, shape] of Object.entries(before.fields)) {
      const rename = carried.get(`${name}.${field}`);
      const next = after.fields[rename?.to ?? field];
      if (rename) losses.push(...fieldLosses(`${name}.${field}`, shape, next!));
      else if (!next)
        losses.push({
          code: DataLossCode.FieldRemoved,
          path: `${name}.${field}`,
          message: `${name}.${field}: the field is removed (or renamed): its stored values would be lost.`,
        });
      else losses.push(...fieldLosses(`${name}.${field}`, shape, next));
    }
  }
  return losses;
}
