import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredShape } from '@communes/domain';

/**
 * The model as the last release left it in towns' databases, committed beside the domain:
 * what an upgrade must not lose. `npm run model:release` rewrites it, refusing a change that
 * would lose data; the model check holds every later model to it.
 */
export const releasedModelFile = (root: string): string => join(root, 'libs', 'domain', 'released-model.json');

export function readReleasedModel(root: string): StoredShape | undefined {
  const file = releasedModelFile(root);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StoredShape) : undefined;
}
