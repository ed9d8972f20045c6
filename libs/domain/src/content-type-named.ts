import { communesModel } from './model';
import type { Model, ResolvedContentType } from './resolve-model';
import { namingOf } from './names';

const indexes = new WeakMap<Model, { bySingular: Map<string, ResolvedContentType>; byGraphqlType: Map<string, ResolvedContentType> }>();

function indexOf(model: Model) {
  let index = indexes.get(model);
  if (!index) {
    index = {
      bySingular: new Map(model.contentTypes.map((type) => [type.names.singular, type])),
      byGraphqlType: new Map(model.contentTypes.map((type) => [namingOf(type).graphqlType, type])),
    };
    indexes.set(model, index);
  }
  return index;
}

/** The content type of a singular name (`agenda-item`), or undefined: names from clients and towns may be anything. */
export const findContentType = (singular: string, model: Model = communesModel): ResolvedContentType | undefined =>
  indexOf(model).bySingular.get(singular);

/** The content type of a singular name the code itself holds; an unknown one is a bug, and says which. */
export function contentTypeNamed(singular: string, model: Model = communesModel): ResolvedContentType {
  const type = findContentType(singular, model);
  if (!type)
    throw new Error(
      `No content type is named "${singular}" (the model has ${model.contentTypes.map((t) => t.names.singular).join(', ')}).`,
    );
  return type;
}

/** The content type behind a GraphQL type name (`AgendaItem`), or undefined. */
export const contentTypeOfGraphqlType = (name: string, model: Model = communesModel): ResolvedContentType | undefined =>
  indexOf(model).byGraphqlType.get(name);
