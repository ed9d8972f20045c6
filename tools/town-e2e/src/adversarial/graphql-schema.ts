/** The parts of an introspection answer the crawl reads. */
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Field {
  name: string;
  type: TypeRef;
  args: { name: string; type: { kind: string } }[];
}
interface FullType {
  kind: string;
  name: string;
  fields: Field[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
  interfaces: { name: string }[] | null;
}

export const INTROSPECTION_QUERY = `{ __schema { queryType { name } types { kind name interfaces { name }
  fields { name args { name type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
  inputFields { name type { kind name ofType { kind name ofType { kind name } } } } } } }`;

const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);

/** A root list of the gateway: `meetings`, its node type and its filter input. */
export interface RootList {
  field: string;
  nodeType: string;
  filtersType: string;
  /** The list takes `shared` (a shareable kind): what the towns follow joins it. */
  shareable: boolean;
}

/**
 * The gateway's schema as its introspection describes it, with the selections the crawl
 * asks for: every scalar field of a node, every scalar of each related node (one level),
 * every scalar of embedded values (files, contact points): a field added to the model is
 * selected without a change here.
 */
export function createGraphqlSchema(introspection: { __schema: { queryType: { name: string }; types: FullType[] } }) {
  const types = new Map(introspection.__schema.types.map((t) => [t.name, t]));
  const isNode = (name: string) => (types.get(name)?.interfaces ?? []).some((i) => i.name === 'Node');
  const leaf = (ref: TypeRef) => ['SCALAR', 'ENUM'].includes(named(ref).kind);

  // A leaf whose arguments are all optional is selected as it is: a code's label (`resultLabel`) too.
  const scalars = (typeName: string): string[] =>
    (types.get(typeName)?.fields ?? []).filter((f) => leaf(f.type) && f.args.every((a) => a.type.kind !== 'NON_NULL')).map((f) => f.name);
  const values = (typeName: string, depth: number): string => {
    const parts = [...scalars(typeName)];
    if (depth > 0) {
      for (const f of types.get(typeName)?.fields ?? []) {
        const target = named(f.type);
        if (target.kind === 'OBJECT' && !isNode(target.name!) && f.args.length === 0 && target.name !== 'Town')
          parts.push(`${f.name} { ${values(target.name!, depth - 1)} }`);
      }
    }
    return parts.join(' ') || '__typename';
  };

  /** A node's selection: its scalars and values, its town, and each related node's scalars and values. */
  const nodeSelection = (typeName: string): string => {
    const parts = [values(typeName, 2), 'town { code }'];
    for (const f of types.get(typeName)?.fields ?? []) {
      const target = named(f.type);
      if (target.kind === 'OBJECT' && isNode(target.name!)) parts.push(`${f.name} { ${values(target.name!, 1)} }`);
    }
    return parts.join(' ');
  };

  const query = types.get(introspection.__schema.queryType.name)!;
  const rootLists: RootList[] = (query.fields ?? [])
    .filter((f) => named(f.type).name?.endsWith('Connection') && f.args.some((a) => a.name === 'filters'))
    .map((f) => {
      const nodeType = named(types.get(named(f.type).name!)!.fields!.find((c) => c.name === 'nodes')!.type).name!;
      return { field: f.name, nodeType, filtersType: `${nodeType}FiltersInput`, shareable: f.args.some((a) => a.name === 'shared') };
    });

  /** The filter input's fields: those taking a string operator, and those through a relation. */
  const filterFields = (filtersType: string) => {
    const fields = types.get(filtersType)?.inputFields ?? [];
    return {
      strings: fields.filter((f) => named(f.type).name === 'StringFilterInput').map((f) => f.name),
      // Relations take the target's `<Type>FiltersInput`; values take `<Scalar>FilterInput`.
      relations: fields
        .filter((f) => !['and', 'or', 'not'].includes(f.name) && named(f.type).name?.endsWith('FiltersInput'))
        .map((f) => ({ name: f.name, type: named(f.type).name! })),
    };
  };

  return {
    rootLists,
    nodeSelection,
    filterFields,
    isNode,
    nodeTypes: [...types.values()].filter((t) => isNode(t.name) && t.kind === 'OBJECT').map((t) => t.name),
  };
}

export type GraphqlSchema = ReturnType<typeof createGraphqlSchema>;
