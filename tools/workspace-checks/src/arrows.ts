/**
 * The README's arrows, as run-time dependencies between our packages: what each package's
 * code, its tests and test tooling aside, may import of ours, and so what its `package.json`
 * may list under `dependencies`. Build-time steps are not arrows here: codegen writes files
 * that the plugins load and the gateway reads (`domain.graphql`), and strapi-kit imports
 * codegen's types only. Packages under tools/ may import anything, and are not listed.
 */
export const ARROWS: Readonly<Record<string, readonly string[]>> = {
  '@communes/domain': [],
  '@communes/codegen': ['@communes/domain'],
  // Published with the plugins: a documentId's shape and the calendar checks come from the domain.
  '@communes/strapi-kit': ['@communes/domain'],
  // The admin inputs of the plugins' custom fields: generic, fed by the schemas' options.
  '@communes/strapi-admin-kit': [],
  '@communes/strapi-plugin-*': ['@communes/strapi-kit', '@communes/strapi-admin-kit'],
  '@communes/town': ['@communes/strapi-plugin-*', '@communes/domain'],
  // Talks to towns over HTTP, reads the regional index: never a plugin, Strapi or codegen.
  '@communes/gateway': ['@communes/domain', '@communes/regional-index'],
  // The region's harvested entries in PostgreSQL (or PGlite): the model, nothing of Strapi or Apollo.
  '@communes/regional-index': ['@communes/domain'],
  // Reads the towns' public API over HTTP into the index: never a plugin or Strapi.
  '@communes/harvester': ['@communes/domain', '@communes/regional-index'],
  // Test tooling: a town in memory, whose manifest codegen writes as a real town's plugins do.
  '@communes/fake-town': ['@communes/domain', '@communes/codegen'],
};

const matches = (pattern: string, name: string): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

/** The arrows of a package, or undefined for a package the arrows leave free (tools). */
export const arrowsOf = (name: string): readonly string[] | undefined =>
  Object.entries(ARROWS).find(([pattern]) => matches(pattern, name))?.[1];

/** Whether `from`'s run-time code may depend on `to`. */
export const mayDependOn = (from: string, to: string): boolean => arrowsOf(from)?.some((pattern) => matches(pattern, to)) ?? true;
