/**
 * A Relay source file with a `@refetchable` fragment on each of the given Node types, as a
 * component showing one would write: relay-compiler turns each into a `node(id:)` query, and
 * refuses one whose type it cannot refetch.
 */
export const toRefetchableNodeFragments = (typeNames: readonly string[]): string =>
  `import { graphql } from 'relay-runtime';\n\n${typeNames
    .map(
      (type) =>
        `export const ${type[0]!.toLowerCase()}${type.slice(1)}Fragment = graphql\`\n  fragment RefetchableNodes_${type[0]!.toLowerCase()}${type.slice(1)} on ${type}\n  @refetchable(queryName: "RefetchableNodes${type}Query") {\n    id\n  }\n\`;\n`,
    )
    .join('\n')}`;
