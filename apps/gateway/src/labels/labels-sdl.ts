import { communesModel, namingOf } from '@communes/domain';
import { labelledFields } from './labelled-fields';

const LANGUAGE = `"""fr, nl, de or en; by default the language the entry was read in (English where the vocabulary lacks it)."""
    language: String`;

/**
 * Beside each vocabulary field of each kind, its label in a language: `eventStatusLabel`,
 * `categoriesLabels`. The codes stay what front ends filter and switch on; the labels are what
 * they show, without a table of their own in four languages.
 */
export function labelsSdl(): string {
  return communesModel.contentTypes
    .map((type) => {
      const fields = labelledFields(type);
      if (!fields.length) return '';
      const lines = fields.map(({ field, labelField, list }) =>
        list
          ? `  """The labels of ${field}'s codes, in its order."""\n  ${labelField}(\n    ${LANGUAGE}\n  ): [String!]!`
          : `  """The label of ${field}'s code; null when it has none."""\n  ${labelField}(\n    ${LANGUAGE}\n  ): String`,
      );
      return `extend type ${namingOf(type).graphqlType} {\n${lines.join('\n')}\n}`;
    })
    .filter(Boolean)
    .join('\n\n');
}
