import { Flex } from '@strapi/design-system';
import { useState } from 'react';
import { fromBrusselsDayAndTime, toBrusselsDayAndTime } from '../logic/brussels-instant';
import type { CommunesLanguage } from '../use-communes-language';
import { DayInput } from './DayInput';
import { TimeInput } from './TimeInput';

interface DateTimePartInputProps {
  value: unknown;
  onChange: (instant: string | undefined) => void;
  language: CommunesLanguage;
  label: string;
  disabled?: boolean;
}

/**
 * An instant picked as a day and a time on Brussels clocks, stored in UTC like every other
 * instant; a day without its time yet is held here, not stored.
 */
export function DateTimePartInput({ value, onChange, language, label, disabled }: DateTimePartInputProps) {
  const stored = typeof value === 'string' ? toBrusselsDayAndTime(value) : undefined;
  const [draft, setDraft] = useState<{ day?: string; time?: string }>({});
  const day = draft.day ?? stored?.day;
  const time = draft.time ?? stored?.time;
  const change = (next: { day?: string; time?: string }) => {
    setDraft(next);
    onChange(next.day && next.time ? fromBrusselsDayAndTime(next.day, next.time) : undefined);
  };
  return (
    <Flex gap={2}>
      <DayInput aria-label={label} value={day} language={language} disabled={disabled} onChange={(d) => change({ day: d, time })} />
      <TimeInput
        aria-label={label}
        value={time ? `${time}:00` : undefined}
        language={language}
        disabled={disabled}
        onChange={(t) => change({ day, time: t?.slice(0, 5) })}
      />
    </Flex>
  );
}
