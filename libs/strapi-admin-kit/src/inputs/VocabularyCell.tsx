import { Typography } from '@strapi/design-system';
import type { VocabularyOption } from '../custom-field-options';
import { cellCodes } from '../logic/vocabulary-cell';
import { useCommunesLanguage } from '../use-communes-language';

/** A list view cell of vocabulary codes, shown by their labels (a code the vocabulary lacks, as is). */
export function VocabularyCell({ value, vocabulary }: { value: unknown; vocabulary: VocabularyOption }) {
  const language = useCommunesLanguage();
  const labels = cellCodes(value).map((code) => {
    const known = vocabulary.codes.find((c) => c.code === code);
    return known ? language.label(known.labels) : code;
  });
  return (
    <Typography textColor="neutral800" ellipsis>
      {labels.length ? labels.join(', ') : '-'}
    </Typography>
  );
}
