import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest folder above `from` that holds `nx.json`. */
export function findWorkspaceRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No nx.json above ${from}: run inside the Communes workspace.`);
  }
}
