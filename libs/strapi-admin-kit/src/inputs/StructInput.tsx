import type { CustomFieldInputProps } from '../custom-field-input-props';
import type { StructFieldOptions } from '../custom-field-options';
import { useCommunesLanguage } from '../use-communes-language';
import { FieldFrame } from './FieldFrame';
import { StructEditor } from './StructEditor';

/** Phones, e-mails, costs, channels, links...: sub-forms built from the value type's shape. */
export default function StructInput({
  name,
  label,
  hint,
  error,
  required,
  disabled,
  value,
  onChange,
  attribute,
}: CustomFieldInputProps<StructFieldOptions>) {
  const language = useCommunesLanguage();
  const options = attribute.options;
  if (!options?.valueType) return null;
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} required={required}>
      <StructEditor
        path={name}
        shape={options.valueType}
        list={options.list}
        value={value}
        onChange={(next) => onChange(name, next)}
        language={language}
        itemLabel={typeof label === 'string' ? label : name}
        disabled={disabled}
      />
    </FieldFrame>
  );
}
