import { Button, Field, Flex } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useState } from 'react';
import type { CustomFieldInputProps } from '../custom-field-input-props';
import { addInstant, toBrusselsDayAndTime, toExceptionInstant } from '../logic/brussels-instant';
import { useCommunesLanguage } from '../use-communes-language';
import { DayInput } from './DayInput';
import { FieldFrame } from './FieldFrame';
import { RemovableTags } from './RemovableTags';

/** The form field holding the event's first start, whose time each skipped day takes. */
const START_FIELD = 'start';

/** Days a recurring event skips (EXDATE): picked as days, stored as instants at the start time. */
export default function DateTimeListInput({ name, label, hint, error, required, disabled, value, onChange }: CustomFieldInputProps) {
  const language = useCommunesLanguage();
  const start = useForm('DateTimeListInput', (state) => (state.values as Record<string, unknown>)[START_FIELD]);
  const [day, setDay] = useState('');
  const instants = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const format = new Intl.DateTimeFormat(language.locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Brussels' });
  const add = () => {
    const instant = toExceptionInstant(day, start);
    if (!instant) return;
    onChange(name, addInstant(instants, instant));
    setDay('');
  };
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} required={required}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <RemovableTags
          items={instants.map((instant) => ({
            key: instant,
            shown: Number.isNaN(new Date(instant).getTime()) ? instant : format.format(new Date(instant)),
            named: toBrusselsDayAndTime(instant)?.day ?? instant,
          }))}
          language={language}
          disabled={disabled}
          onRemove={(instant) => {
            const rest = instants.filter((i) => i !== instant);
            onChange(name, rest.length ? rest : null);
          }}
        />
        <Flex gap={2} alignItems="flex-end">
          <Field.Root name={`${name}-day`}>
            <Field.Label>{language.text('exceptionDay')}</Field.Label>
            <DayInput value={day} language={language} disabled={disabled} onChange={(next) => setDay(next ?? '')} />
          </Field.Root>
          <Button variant="secondary" disabled={disabled || !day} onClick={add}>
            {language.text('addException')}
          </Button>
        </Flex>
      </Flex>
    </FieldFrame>
  );
}
