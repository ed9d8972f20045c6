import { writeFileSync } from 'node:fs';
import { communesModel, FIELD_RENAMES, findDataLosses, toStoredShape } from '@communes/domain';
import { readReleasedModel, releasedModelFile } from '../released-model';
import { findWorkspaceRoot } from '../workspace-root';

/**
 * `npm run model:release`: records the model as this release leaves it in towns' databases
 * (`libs/domain/released-model.json`), the baseline the model check holds later versions to.
 * Refused (exit 1) when the model would lose data the last release stored.
 */
function main(): number {
  const root = findWorkspaceRoot(__dirname);
  const file = releasedModelFile(root);
  const current = toStoredShape(communesModel);
  const released = readReleasedModel(root);
  const losses = released ? findDataLosses(released, current, FIELD_RENAMES) : [];
  if (losses.length) {
    console.error(`Not released: towns that upgrade would lose data:\n${losses.map((l) => `  ${l.message}`).join('\n')}`);
    return 1;
  }
  writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
  console.log(`${file}: ${Object.keys(current).length} content types recorded.`);
  return 0;
}

process.exitCode = main();
