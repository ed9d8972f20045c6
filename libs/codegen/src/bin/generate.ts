import { communesModel, ModelError } from '@communes/domain';
import { toGeneratedFiles } from '../generated-files';
import { findWorkspaceRoot } from '../workspace-root';
import { findDrift, writeGeneratedFiles } from '../write-generated-files';

/** `npm run generate`: writes every generated file; `--check` only reports drift (exit 1). */
function main(argv: readonly string[]): number {
  const root = findWorkspaceRoot(__dirname);
  const files = toGeneratedFiles(communesModel);
  if (argv.includes('--check')) {
    const { stale, orphaned } = findDrift(root, files);
    if (stale.length + orphaned.length === 0) return 0;
    console.error(`Generated files are not up to date; run npm run generate:\n${[...stale, ...orphaned].map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  const { stale, orphaned } = writeGeneratedFiles(root, files);
  console.log(`${files.length} generated files: ${stale.length} written, ${orphaned.length} removed.`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A ModelError already names every type and field at fault.
  console.error(error instanceof ModelError ? error.message : error);
  process.exitCode = 1;
}
