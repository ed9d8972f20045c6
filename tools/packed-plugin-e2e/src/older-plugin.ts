import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toGeneratedFiles } from '@communes/codegen';
import { contentTypeDefinitions, type Domain, resolveModel, toPluginPackageName } from '@communes/domain';

export interface OlderPluginOptions {
  domain: Domain;
  /** Per content type (singular name), the fields this version did not have yet. */
  without: Record<string, string[]>;
  version: string;
  /** An empty folder to make the plugin in. */
  into: string;
}

/**
 * A domain's plugin as an earlier release was: the workspace's package, its generated files
 * (Strapi schemas, manifest, Content Manager settings) made from the model without the fields
 * added since, and an older version number. What towns that have not upgraded run.
 */
export function makeOlderPlugin({ domain, without, version, into }: OlderPluginOptions): string {
  const source = dirname(require.resolve(`${toPluginPackageName(domain)}/package.json`));
  cpSync(source, into, { recursive: true, filter: (path) => !path.includes('node_modules') });
  const older = resolveModel(
    contentTypeDefinitions.map((type) => {
      const left = without[type.names.singular];
      return left ? { ...type, fields: Object.fromEntries(Object.entries(type.fields).filter(([name]) => !left.includes(name))) } : type;
    }),
  );
  const prefix = `plugins/${domain}/`;
  for (const file of toGeneratedFiles(older).filter((f) => f.path.startsWith(`${prefix}server/`)))
    writeFileSync(join(into, file.path.slice(prefix.length)), file.content);
  const manifest = join(into, 'package.json');
  writeFileSync(manifest, `${JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), version }, null, 2)}\n`);
  return into;
}
