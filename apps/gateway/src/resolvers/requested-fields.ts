import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** The field names a selection set asks for, through fragments and inline fragments. */
export function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  into = new Map<string, FieldNode[]>(),
): Map<string, FieldNode[]> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'Field') into.set(selection.name.value, [...(into.get(selection.name.value) ?? []), selection]);
    else if (selection.kind === 'InlineFragment') fieldsOf(selection.selectionSet, fragments, into);
    else fieldsOf(fragments[selection.name.value]?.selectionSet, fragments, into);
  }
  return into;
}

/** The fields asked of the object a resolver returns (a node, or a relation's target). */
export function requestedFields(info: GraphQLResolveInfo): Set<string> {
  const fields = new Map<string, FieldNode[]>();
  for (const node of info.fieldNodes) fieldsOf(node.selectionSet, info.fragments, fields);
  return new Set(fields.keys());
}

/** The fields asked of a connection's nodes, through `nodes { ... }` and `edges { node { ... } }`. */
export function requestedNodeFields(info: GraphQLResolveInfo): Set<string> {
  const connection = new Map<string, FieldNode[]>();
  for (const node of info.fieldNodes) fieldsOf(node.selectionSet, info.fragments, connection);
  const nodes = new Map<string, FieldNode[]>();
  for (const field of connection.get('nodes') ?? []) fieldsOf(field.selectionSet, info.fragments, nodes);
  for (const edges of connection.get('edges') ?? []) {
    for (const node of fieldsOf(edges.selectionSet, info.fragments).get('node') ?? []) fieldsOf(node.selectionSet, info.fragments, nodes);
  }
  return new Set(nodes.keys());
}
