import { Checkbox, Field, Textarea, TextInput } from '@strapi/design-system';
import type { ValueFieldShape } from '../custom-field-options';
import { toCodes, toggleCode } from '../logic/vocabulary-list';
import type { CommunesLanguage } from '../use-communes-language';
import { FieldFrame } from './FieldFrame';
import { DateTimePartInput } from './DateTimePartInput';
import { DayInput } from './DayInput';
import { NumberPartInput } from './NumberPartInput';
import { StructEditor } from './StructEditor';
import { TimeInput } from './TimeInput';
import { VocabularyChecklist } from './VocabularyChecklist';
import { VocabularySelect } from './VocabularySelect';

interface PartInputProps {
  /** The form path of this part, for ids: `channels.0.url`. */
  path: string;
  field: ValueFieldShape;
  value: unknown;
  onChange: (value: unknown) => void;
  language: CommunesLanguage;
  disabled?: boolean;
}

const TEXT_TYPES: Record<string, string> = { email: 'email', url: 'url' };

/** One part of a structured value, with the control its kind calls for, labelled by the model. */
export function PartInput({ path, field, value, onChange, language, disabled }: PartInputProps) {
  const label = language.label(field.labels);
  const help = field.help ? language.label(field.help) : undefined;
  switch (field.kind) {
    case 'boolean':
      return (
        <Checkbox name={path} checked={value === true} disabled={disabled} onCheckedChange={(on) => onChange(on === true)}>
          {label}
        </Checkbox>
      );
    case 'enumeration':
      return field.vocabulary ? (
        <FieldFrame name={path} label={label} required={field.required}>
          <VocabularySelect
            vocabulary={field.vocabulary}
            value={value}
            onChange={onChange}
            language={language}
            label={label}
            required={field.required}
            disabled={disabled}
          />
        </FieldFrame>
      ) : null;
    case 'enumerationList': {
      if (!field.vocabulary) return null;
      const vocabulary = field.vocabulary;
      const codes = toCodes(value);
      return (
        <FieldFrame name={path} label={label} required={field.required}>
          <VocabularyChecklist
            vocabulary={vocabulary}
            codes={codes}
            language={language}
            disabled={disabled}
            onToggle={(code, on) => onChange(toggleCode(codes, code, on, vocabulary))}
          />
        </FieldFrame>
      );
    }
    case 'struct':
      return field.valueType ? (
        <FieldFrame name={path} label={label} required={field.required}>
          <StructEditor
            path={path}
            shape={field.valueType}
            list={field.list === true}
            value={value}
            onChange={onChange}
            language={language}
            itemLabel={label}
            disabled={disabled}
          />
        </FieldFrame>
      ) : null;
    case 'integer':
    case 'decimal':
      return (
        <Field.Root name={path} required={field.required} hint={help}>
          <Field.Label>{label}</Field.Label>
          <NumberPartInput kind={field.kind} value={value} onChange={onChange} disabled={disabled} locale={language.locale} />
          <Field.Hint />
        </Field.Root>
      );
    case 'date':
    case 'time': {
      const Picker = field.kind === 'date' ? DayInput : TimeInput;
      return (
        <Field.Root name={path} required={field.required} hint={help}>
          <Field.Label>{label}</Field.Label>
          <Picker value={value} onChange={onChange} language={language} disabled={disabled} />
          <Field.Hint />
        </Field.Root>
      );
    }
    case 'dateTime':
      return (
        <Field.Root name={path} required={field.required} hint={help}>
          <Field.Label>{label}</Field.Label>
          <DateTimePartInput value={value} onChange={onChange} language={language} label={label} disabled={disabled} />
          <Field.Hint />
        </Field.Root>
      );
    case 'text':
      return (
        <Field.Root name={path} required={field.required} hint={help}>
          <Field.Label>{label}</Field.Label>
          <Textarea
            value={typeof value === 'string' ? value : ''}
            maxLength={field.maxLength}
            disabled={disabled}
            onChange={(event) => onChange(event.target.value)}
          />
          <Field.Hint />
        </Field.Root>
      );
    default:
      return (
        <Field.Root name={path} required={field.required} hint={help}>
          <Field.Label>{label}</Field.Label>
          <TextInput
            type={TEXT_TYPES[field.kind] ?? 'text'}
            value={typeof value === 'string' ? value : ''}
            maxLength={field.maxLength}
            disabled={disabled}
            onChange={(event) => onChange(event.target.value)}
          />
          <Field.Hint />
        </Field.Root>
      );
  }
}
