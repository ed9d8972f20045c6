import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toGeneratedFiles } from '@communes/codegen';
import { contentTypeDefinitions, type Domain, type FieldRename, resolveModel, toPluginPackageName } from '@communes/domain';

export interface PluginVersionOptions {
  domain: Domain;
  /** Per content type (singular name), the fields this version does not have (not yet). */
  without?: Record<string, string[]>;
  /** The content types (singular names) this version does not have (not yet); the relations to them go too. */
  withoutKinds?: string[];
  /** Fields this version renames, shipped as its migrations (a later version). */
  renames?: FieldRename[];
  version: string;
  /** An empty folder to make the plugin in. */
  into: string;
}

/**
 * A domain's plugin as another release has it: the workspace's package, its generated files
 * (Strapi schemas, manifest, Content Manager settings, migrations) made from the model without
 * the fields and content types added since (an earlier release, what towns that have not
 * upgraded run), or with fields renamed (a later one, shipping the renames), and its version number.
 */
export function makePluginVersion({ domain, without = {}, withoutKinds = [], renames = [], version, into }: PluginVersionOptions): string {
  const source = dirname(require.resolve(`${toPluginPackageName(domain)}/package.json`));
  cpSync(source, into, { recursive: true, filter: (path) => !path.includes('node_modules') });
  // The generated files of a kind this version lacks are not written again: its copied ones go.
  for (const kind of withoutKinds) rmSync(join(into, 'server', 'content-types', kind), { recursive: true });
  const model = resolveModel(
    contentTypeDefinitions
      .filter((type) => !withoutKinds.includes(type.names.singular))
      .map((type) => {
        const left = without[type.names.singular] ?? [];
        const renamed = (name: string) => renames.find((r) => r.kind === type.names.singular && r.from === name)?.to ?? name;
        const kept = Object.entries(type.fields)
          .filter(([name, field]) => !left.includes(name) && !(field.kind === 'relation' && withoutKinds.includes(field.target)))
          .map(([name, field]) => [renamed(name), field] as const);
        return { ...type, fields: Object.fromEntries(kept) };
      }),
  );
  const prefix = `plugins/${domain}/`;
  for (const file of toGeneratedFiles(model, renames).filter((f) => f.path.startsWith(`${prefix}server/`)))
    writeFileSync(join(into, file.path.slice(prefix.length)), file.content);
  const manifest = join(into, 'package.json');
  writeFileSync(manifest, `${JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), version }, null, 2)}\n`);
  return into;
}
