import { DatePicker } from '@strapi/design-system';
import { fromDayString, toDayString } from '../logic/day-string';
import type { CommunesLanguage } from '../use-communes-language';

interface DayInputProps {
  value: unknown;
  onChange: (day: string | undefined) => void;
  language: CommunesLanguage;
  disabled?: boolean;
  'aria-label'?: string;
}

/** A calendar day, typed or picked in the editor's date format (25/12/2026 in French). */
export function DayInput({ value, onChange, language, disabled, ...rest }: DayInputProps) {
  return (
    <DatePicker
      {...rest}
      locale={language.locale === 'en' ? 'en-GB' : `${language.locale}-BE`}
      value={fromDayString(value)}
      disabled={disabled}
      onChange={(date) => onChange(date ? toDayString(date) : undefined)}
      onClear={() => onChange(undefined)}
      clearLabel={language.text('clear')}
    />
  );
}
