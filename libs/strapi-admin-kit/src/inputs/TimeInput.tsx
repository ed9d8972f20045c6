import { TimePicker } from '@strapi/design-system';
import { fromTimeInput, toTimeInput } from '../logic/opening-hours-form';
import type { CommunesLanguage } from '../use-communes-language';

interface TimeInputProps {
  value: unknown;
  onChange: (time: string | undefined) => void;
  language: CommunesLanguage;
  disabled?: boolean;
  'aria-label'?: string;
}

/** A wall-clock time on a 24-hour clock, by quarter hours or typed. */
export function TimeInput({ value, onChange, language, disabled, ...rest }: TimeInputProps) {
  return (
    <TimePicker
      {...rest}
      step={15}
      value={toTimeInput(value) || undefined}
      disabled={disabled}
      onChange={(time) => onChange(time ? fromTimeInput(time) : undefined)}
      onClear={() => onChange(undefined)}
      clearLabel={language.text('clear')}
    />
  );
}
