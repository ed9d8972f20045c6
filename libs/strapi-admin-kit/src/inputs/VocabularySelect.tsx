import { SingleSelect, SingleSelectOption } from '@strapi/design-system';
import type { VocabularyOption } from '../custom-field-options';
import type { CommunesLanguage } from '../use-communes-language';

interface VocabularySelectProps {
  vocabulary: VocabularyOption;
  value: unknown;
  onChange: (code: string | undefined) => void;
  language: CommunesLanguage;
  label: string;
  required?: boolean;
  disabled?: boolean;
  hasError?: boolean;
}

/** A drop-down of a vocabulary's labels; it stores the code. */
export function VocabularySelect({ vocabulary, value, onChange, language, label, required, disabled, hasError }: VocabularySelectProps) {
  return (
    <SingleSelect
      aria-label={label}
      value={typeof value === 'string' ? value : null}
      placeholder={language.text('choose')}
      onChange={(code) => onChange(String(code))}
      onClear={required ? undefined : () => onChange(undefined)}
      clearLabel={language.text('clear')}
      disabled={disabled}
      hasError={hasError}
    >
      {vocabulary.codes.map(({ code, labels }) => (
        <SingleSelectOption key={code} value={code}>
          {language.label(labels)}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );
}
