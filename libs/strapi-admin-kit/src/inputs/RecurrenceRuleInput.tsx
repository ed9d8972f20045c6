import { Box, Checkbox, Field, Flex, Radio, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useState } from 'react';
import type { CustomFieldInputProps } from '../custom-field-input-props';
import {
  buildRecurrence,
  type Frequency,
  type MonthlyMode,
  parseRecurrence,
  type RecurrenceEnd,
  type RecurrenceForm,
  WEEK_DAYS,
  type WeekDay,
} from '../logic/recurrence-form';
import { useCommunesLanguage } from '../use-communes-language';
import { DayInput } from './DayInput';
import { FieldFrame } from './FieldFrame';

const FREQUENCIES: { value: Frequency; text: 'noRepeat' | 'daily' | 'weekly' | 'monthly' }[] = [
  { value: 'none', text: 'noRepeat' },
  { value: 'DAILY', text: 'daily' },
  { value: 'WEEKLY', text: 'weekly' },
  { value: 'MONTHLY', text: 'monthly' },
];
const ORDINALS = [1, 2, 3, 4, -1] as const;
const positiveOr = (text: string, fallback: number) => {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** An event's repetition from plain choices; it stores the RRULE the calendar export reads. */
export default function RecurrenceRuleInput({ name, label, hint, error, required, disabled, value, onChange }: CustomFieldInputProps) {
  const language = useCommunesLanguage();
  const parsed = parseRecurrence(value);
  // The choices live here between keystrokes (an end date half typed stores no UNTIL yet).
  const [form, setForm] = useState<RecurrenceForm>(parsed.form);
  const [touched, setTouched] = useState(false);
  const update = (changes: Partial<RecurrenceForm>) => {
    const next = { ...form, ...changes };
    setForm(next);
    setTouched(true);
    onChange(name, buildRecurrence(next));
  };
  const id = `communes-${name}`;
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} required={required}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        {!parsed.supported && !touched ? (
          <Typography variant="pi" textColor="warning600">
            {language.text('unsupported')}
          </Typography>
        ) : null}
        <Radio.Group
          aria-label={language.text('repeats')}
          value={form.frequency}
          disabled={disabled}
          onValueChange={(v: string) => update({ frequency: v as Frequency })}
        >
          <Flex gap={4} wrap="wrap">
            {FREQUENCIES.map((f) => (
              <Radio.Item key={f.value} value={f.value}>
                {language.text(f.text)}
              </Radio.Item>
            ))}
          </Flex>
        </Radio.Group>
        {form.frequency === 'none' ? null : (
          <>
            <Box maxWidth="20rem">
              <Field.Root name={`${id}-interval`}>
                <Field.Label>{`${language.text('interval')} (${language.text(`interval${form.frequency}`)})`}</Field.Label>
                <TextInput
                  type="number"
                  min={1}
                  value={String(form.interval)}
                  disabled={disabled}
                  onChange={(e) => update({ interval: positiveOr(e.target.value, 1) })}
                />
              </Field.Root>
            </Box>
            {form.frequency === 'WEEKLY' ? (
              <Flex direction="column" alignItems="stretch" gap={2} role="group" aria-label={language.text('onDays')}>
                <Typography variant="pi" fontWeight="bold">
                  {language.text('onDays')}
                </Typography>
                <Flex gap={3} wrap="wrap">
                  {WEEK_DAYS.map((day) => (
                    <Checkbox
                      key={day}
                      checked={form.weekDays.includes(day)}
                      disabled={disabled}
                      onCheckedChange={(on) =>
                        update({ weekDays: on === true ? [...form.weekDays, day] : form.weekDays.filter((d) => d !== day) })
                      }
                    >
                      {language.text(day)}
                    </Checkbox>
                  ))}
                </Flex>
              </Flex>
            ) : null}
            {form.frequency === 'MONTHLY' ? (
              <Radio.Group
                aria-label={language.text('monthly')}
                value={form.monthlyMode}
                disabled={disabled}
                onValueChange={(v: string) => update({ monthlyMode: v as MonthlyMode })}
              >
                <Flex direction="column" alignItems="flex-start" gap={2}>
                  <Radio.Item value="sameDay">{language.text('sameDay')}</Radio.Item>
                  <Flex gap={2} alignItems="center">
                    <Radio.Item value="dayOfMonth">{language.text('dayOfMonth')}</Radio.Item>
                    <TextInput
                      aria-label={language.text('dayOfMonth')}
                      type="number"
                      min={1}
                      max={31}
                      value={String(form.monthDay)}
                      disabled={disabled || form.monthlyMode !== 'dayOfMonth'}
                      onChange={(e) => update({ monthDay: Math.min(31, positiveOr(e.target.value, 1)) })}
                    />
                  </Flex>
                  <Flex gap={2} alignItems="center">
                    <Radio.Item value="weekdayOfMonth">{language.text('weekdayOfMonth')}</Radio.Item>
                    <SingleSelect
                      aria-label={language.text('weekdayOfMonth')}
                      value={String(form.ordinal)}
                      disabled={disabled || form.monthlyMode !== 'weekdayOfMonth'}
                      onChange={(v) => update({ ordinal: Number(v) })}
                    >
                      {ORDINALS.map((o) => (
                        <SingleSelectOption key={o} value={String(o)}>
                          {language.text(`ordinal${o}`)}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                    <SingleSelect
                      aria-label={language.text('onDays')}
                      value={form.ordinalDay}
                      disabled={disabled || form.monthlyMode !== 'weekdayOfMonth'}
                      onChange={(v) => update({ ordinalDay: v as WeekDay })}
                    >
                      {WEEK_DAYS.map((day) => (
                        <SingleSelectOption key={day} value={day}>
                          {language.text(day)}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                  </Flex>
                </Flex>
              </Radio.Group>
            ) : null}
            <Radio.Group
              aria-label={language.text('ends')}
              value={form.end}
              disabled={disabled}
              onValueChange={(v: string) => update({ end: v as RecurrenceEnd })}
            >
              <Typography variant="pi" fontWeight="bold">
                {language.text('ends')}
              </Typography>
              <Flex direction="column" alignItems="flex-start" gap={2}>
                <Radio.Item value="never">{language.text('never')}</Radio.Item>
                <Flex gap={2} alignItems="center">
                  <Radio.Item value="until">{language.text('until')}</Radio.Item>
                  <DayInput
                    aria-label={language.text('untilDate')}
                    value={form.until}
                    language={language}
                    disabled={disabled || form.end !== 'until'}
                    onChange={(day) => update({ until: day ?? '' })}
                  />
                </Flex>
                <Flex gap={2} alignItems="center">
                  <Radio.Item value="count">{language.text('count')}</Radio.Item>
                  <TextInput
                    aria-label={language.text('countNumber')}
                    type="number"
                    min={1}
                    value={String(form.count)}
                    disabled={disabled || form.end !== 'count'}
                    onChange={(e) => update({ count: positiveOr(e.target.value, 1) })}
                  />
                </Flex>
              </Flex>
            </Radio.Group>
          </>
        )}
      </Flex>
    </FieldFrame>
  );
}
