import { ModelError, ModelErrorCode, type Vocabulary } from '@communes/domain';
import { description } from './sdl-description';

/** GraphQL's Name, which an enum value must be, and the three names an enum value cannot take. */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const NOT_ENUM_VALUES: ReadonlySet<string> = new Set(['true', 'false', 'null']);

/**
 * A vocabulary as a GraphQL enum whose values are exactly its codes, each described by its
 * English label. No mapping: the code a client sends is the code towns store and exports
 * carry, so a code GraphQL cannot spell stops generation here, naming it, rather than being
 * renamed for GraphQL only (the model's camelCase codes are valid, except true, false, null).
 */
export function toVocabularySdl(vocabulary: Vocabulary): string {
  const wrong = vocabulary.codes.filter(({ code }) => !GRAPHQL_NAME.test(code) || NOT_ENUM_VALUES.has(code));
  if (wrong.length)
    throw new ModelError(
      wrong.map(({ code }) => ({
        code: ModelErrorCode.InvalidName,
        type: vocabulary.name,
        message: `Vocabulary "${vocabulary.name}": code "${code}" cannot be a GraphQL enum value (letters, digits and _, not starting with a digit, and not true, false or null): rename it.`,
      })),
    );
  const values = vocabulary.codes.map((c) => `${description(c.labels.en, '  ')}  ${c.code}`).join('\n');
  return `${description(vocabulary.description)}enum ${vocabulary.name} {\n${values}\n}`;
}
