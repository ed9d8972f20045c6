import type { CustomFieldInputProps } from '../custom-field-input-props';
import type { VocabularyFieldOptions } from '../custom-field-options';
import { useCommunesLanguage } from '../use-communes-language';
import { FieldFrame } from './FieldFrame';
import { VocabularySelect } from './VocabularySelect';

/** One code of a vocabulary (an event's status, a permit's type), picked by its label. */
export default function VocabularyInput({
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
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} required={required}>
      <VocabularySelect
        vocabulary={vocabulary}
        value={value}
        onChange={(code) => onChange(name, code ?? null)}
        language={language}
        label={typeof label === 'string' ? label : name}
        required={required}
        disabled={disabled}
        hasError={Boolean(error)}
      />
    </FieldFrame>
  );
}
