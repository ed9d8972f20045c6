import { Checkbox, Flex } from '@strapi/design-system';
import type { VocabularyOption } from '../custom-field-options';
import type { CommunesLanguage } from '../use-communes-language';

interface VocabularyChecklistProps {
  vocabulary: VocabularyOption;
  codes: readonly string[];
  onToggle: (code: string, on: boolean) => void;
  language: CommunesLanguage;
  disabled?: boolean;
}

/** One checkbox per code, named by its label; a stored code the vocabulary lacks shows as such. */
export function VocabularyChecklist({ vocabulary, codes, onToggle, language, disabled }: VocabularyChecklistProps) {
  const unknown = codes.filter((code) => !vocabulary.codes.some((c) => c.code === code));
  return (
    <Flex wrap="wrap" gap={3}>
      {vocabulary.codes.map(({ code, labels }) => (
        <Checkbox key={code} checked={codes.includes(code)} disabled={disabled} onCheckedChange={(on) => onToggle(code, on === true)}>
          {language.label(labels)}
        </Checkbox>
      ))}
      {unknown.map((code) => (
        <Checkbox key={code} checked disabled={disabled} onCheckedChange={() => onToggle(code, false)}>
          {`${language.text('unknownCode')}: ${code}`}
        </Checkbox>
      ))}
    </Flex>
  );
}
