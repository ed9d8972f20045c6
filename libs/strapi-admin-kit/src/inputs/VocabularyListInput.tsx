import type { CustomFieldInputProps } from '../custom-field-input-props';
import type { VocabularyFieldOptions } from '../custom-field-options';
import { toCodes, toggleCode } from '../logic/vocabulary-list';
import { useCommunesLanguage } from '../use-communes-language';
import { FieldFrame } from './FieldFrame';
import { VocabularyChecklist } from './VocabularyChecklist';

/** Several codes of a vocabulary (audiences, topics), ticked by their labels. */
export default function VocabularyListInput({
  name,
  label,
  hint,
  error,
  required,
  disabled,
  value,
  onChange,
  attribute,
}: CustomFieldInputProps<VocabularyFieldOptions>) {
  const language = useCommunesLanguage();
  const vocabulary = attribute.options?.vocabulary;
  if (!vocabulary) return null;
  const codes = toCodes(value);
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} required={required}>
      <VocabularyChecklist
        vocabulary={vocabulary}
        codes={codes}
        language={language}
        disabled={disabled}
        onToggle={(code, on) => onChange(name, toggleCode(codes, code, on, vocabulary))}
      />
    </FieldFrame>
  );
}
