import { Kind, parse } from 'graphql';
import { loadDomainSdl } from '../schema/load-domain-sdl';

const NONE: ReadonlySet<string> = new Set();
let byType: ReadonlyMap<string, ReadonlySet<string>> | undefined;

function readNonNullFields(sdl: string): ReadonlyMap<string, ReadonlySet<string>> {
  const map = new Map<string, ReadonlySet<string>>();
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const names = (definition.fields ?? [])
      .filter((field) => field.type.kind === Kind.NON_NULL_TYPE && field.type.type.kind === Kind.NAMED_TYPE)
      .map((field) => field.name.value);
    map.set(definition.name.value, new Set(names));
  }
  return map;
}

/**
 * The single-value fields that the served schema declares non-null on a content type or a
 * value type (`Meeting.start: DateTime!`), read from the committed SDL: codegen decides them
 * from the model (`isNonNullOutput`) and the gateway checks towns' entries against exactly
 * what GraphQL will enforce, so that a town's null costs its entry, never the list around it.
 */
export function nonNullFieldsOf(typeName: string): ReadonlySet<string> {
  byType ??= readNonNullFields(loadDomainSdl());
  return byType.get(typeName) ?? NONE;
}
