import { contentTypeNamed, type ResolvedContentType } from '@communes/domain';
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { InlineSelection } from '../towns/read-town-list';
import { fieldsOf } from './requested-fields';
import { townSelection } from './town-selection';

/** The fields of selection sets by response key (alias, else name), through fragments: what GraphQL merges into one field. */
function byResponseKey(sets: readonly (SelectionSetNode | undefined)[], fragments: Record<string, FragmentDefinitionNode>) {
  const into = new Map<string, FieldNode[]>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
      } else if (selection.kind === 'InlineFragment') walk(selection.selectionSet);
      else walk(fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const set of sets) walk(set);
  return into;
}

/**
 * Of nodes of a kind selected as `nodeSelections` (each one the field nodes GraphQL merges into
 * one object's selection), the relations whose entries one request can read inline, with the
 * selection a by-id read of them uses (`townSelection` of what the relation field asks, as
 * `relationResolver` computes it). A relation selected twice with different fields (aliases)
 * is read by id, as is any other.
 */
export function inlineSelectionsOf(
  type: ResolvedContentType,
  nodeSelections: readonly (readonly FieldNode[])[],
  fragments: Record<string, FragmentDefinitionNode>,
): InlineSelection[] {
  const found = new Map<string, { selection: InlineSelection; key: string } | null>();
  for (const nodes of nodeSelections) {
    for (const fieldNodes of byResponseKey(
      nodes.map((n) => n.selectionSet),
      fragments,
    ).values()) {
      const name = fieldNodes[0]!.name.value;
      const field = type.fields[name];
      if (field?.kind !== 'relation' || field.private) continue;
      const requested = new Map<string, FieldNode[]>();
      for (const node of fieldNodes) fieldsOf(node.selectionSet, fragments, requested);
      const selection = { relation: name, ...townSelection(contentTypeNamed(field.target), new Set(requested.keys())) };
      const key = JSON.stringify(selection);
      const known = found.get(name);
      if (known === undefined) found.set(name, { selection, key });
      else if (known && known.key !== key) found.set(name, null);
    }
  }
  return [...found.values()].flatMap((known) => (known ? [known.selection] : []));
}

/** The node selections of a connection: each `nodes` and each `edges { node }`, by response key. */
export function connectionNodeSelections(info: GraphQLResolveInfo): FieldNode[][] {
  const groups: FieldNode[][] = [];
  for (const [, fields] of byResponseKey(
    info.fieldNodes.map((n) => n.selectionSet),
    info.fragments,
  )) {
    const name = fields[0]!.name.value;
    if (name === 'nodes') groups.push(fields);
    else if (name === 'edges') {
      for (const [, inner] of byResponseKey(
        fields.map((f) => f.selectionSet),
        info.fragments,
      ))
        if (inner[0]!.name.value === 'node') groups.push(inner);
    }
  }
  return groups;
}
