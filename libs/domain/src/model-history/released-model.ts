import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredShape } from './stored-shape';

/**
 * The model as the last release left it in towns' databases, committed beside the package:
 * what an upgrade must not lose. `npm run model:release` rewrites it, refusing a change that
 * would lose data. Not exported: the package's entry is read by browsers too (the admin panel, the dashboard).
 */
export const releasedModelFile = join(__dirname, '..', '..', 'released-model.json');

export function readReleasedModel(file = releasedModelFile): StoredShape | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StoredShape) : undefined;
}
