import { communesModel, namingOf, type ResolvedContentType } from '@communes/domain';

/** The model's content types by singular name and by GraphQL type name. */
const bySingular = new Map(communesModel.contentTypes.map((type) => [type.names.singular, type]));
const byGraphqlType = new Map(communesModel.contentTypes.map((type) => [namingOf(type).graphqlType, type]));

export function kindNamed(singular: string): ResolvedContentType {
  const type = bySingular.get(singular);
  if (!type) throw new Error(`Unknown content kind "${singular}".`);
  return type;
}

export const kindOfGraphqlType = (name: string): ResolvedContentType | undefined => byGraphqlType.get(name);
export const allKinds = (): readonly ResolvedContentType[] => communesModel.contentTypes;
