import { buildSchema, isInterfaceType } from 'graphql';

/** The object types implementing `Node` in an SDL, sorted: each one Relay must be able to refetch. */
export function nodeTypeNames(sdl: string): string[] {
  const schema = buildSchema(sdl);
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) throw new Error('expected the schema to have a Node interface, found none');
  return schema
    .getImplementations(node)
    .objects.map((type) => type.name)
    .sort();
}
