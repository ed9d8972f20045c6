import { communesModel, namingOf, type ResolvedContentType } from '@communes/domain';

/** A declaration the model makes that the Strapi schema cannot honour. */
export class PublishWithError extends Error {
  readonly code = 'PUBLISH_WITH_NOT_A_RELATION';
}

/**
 * The plugin's types that publish linked entries with themselves (`publishWith` in the model),
 * by uid: `plugin::communes-council.meeting` → `['agendaItems']`.
 */
export function publishWithFields(
  pluginName: string,
  types: readonly ResolvedContentType[] = communesModel.contentTypes,
): Map<string, readonly string[]> {
  return new Map(
    types
      .filter((type) => namingOf(type).pluginName === pluginName && type.publishWith?.length)
      .map((type) => [namingOf(type).uid, type.publishWith ?? []]),
  );
}

/** The relation attributes a type's schema has for its publishWith fields; throws on any other name. */
export function relationTargets(
  uid: string,
  fields: readonly string[],
  attributes: Readonly<Record<string, { type: string; target?: string; relation?: string; mappedBy?: string; inversedBy?: string }>>,
): { field: string; target: string; manyToManyBothWays: boolean }[] {
  return fields.map((field) => {
    const attribute = attributes[field];
    if (attribute?.type !== 'relation' || !attribute.target)
      throw new PublishWithError(`${uid} declares publishWith ${field}, which is not one of its relations.`);
    return {
      field,
      target: attribute.target,
      // Strapi's Content Manager counts these apart ("linked entries still in draft").
      manyToManyBothWays: attribute.relation === 'manyToMany' && Boolean(attribute.mappedBy || attribute.inversedBy),
    };
  });
}
