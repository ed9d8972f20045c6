import { communesModel, FIELD_RENAMES, findDataLosses, toStoredShape } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { readReleasedModel } from './released-model';
import { findWorkspaceRoot } from './workspace-root';

const current = toStoredShape(communesModel);

describe('the model against the last release (released-model.json)', () => {
  it('loses no stored value: a removed or narrowed field fails, a renamed one needs its migration (FIELD_RENAMES)', () => {
    const released = readReleasedModel(findWorkspaceRoot(__dirname));
    expect(released, 'libs/domain/released-model.json is missing: npm run model:release writes it').toBeDefined();
    expect(
      findDataLosses(released!, current, FIELD_RENAMES).map((l) => l.message),
      'A model change would lose data in towns that upgrade: keep the field (deprecate it), add instead of changing, or ship a rename (FIELD_RENAMES)',
    ).toEqual([]);
  });
});
