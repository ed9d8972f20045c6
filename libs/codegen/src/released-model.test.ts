import { communesModel, findDataLosses, toStoredShape } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { readReleasedModel } from './released-model';
import { findWorkspaceRoot } from './workspace-root';

const current = toStoredShape(communesModel);

describe('the model against the last release (released-model.json)', () => {
  it('loses no stored value: a removed, renamed or narrowed field needs a migration first', () => {
    const released = readReleasedModel(findWorkspaceRoot(__dirname));
    expect(released, 'libs/domain/released-model.json is missing: npm run model:release writes it').toBeDefined();
    expect(
      findDataLosses(released!, current).map((l) => l.message),
      'A model change would lose data in towns that upgrade: keep the field (deprecate it), or add instead of changing',
    ).toEqual([]);
  });
});
