import { TextInput } from '@strapi/design-system';
import { useState } from 'react';
import { formatNumberPart, parseNumberPart } from '../logic/struct-form';

interface NumberPartInputProps {
  kind: string;
  value: unknown;
  onChange: (value: number | string | undefined) => void;
  disabled?: boolean;
  /** The editor's language: a stored 12.5 shows as 12,5 in French, Dutch and German. */
  locale: string;
}

/** A number as typed (`20,50` stays as typed while the stored value is 20.5). */
export function NumberPartInput({ kind, value, onChange, disabled, locale }: NumberPartInputProps) {
  const toText = (stored: unknown) => formatNumberPart(stored, locale);
  const [text, setText] = useState(() => toText(value));
  // A value changed elsewhere (an item moved, a locale filled in) replaces what was typed.
  const shown = parseNumberPart(text, { kind }) === value || (value == null && text.trim() === '') ? text : toText(value);
  return (
    <TextInput
      inputMode={kind === 'integer' ? 'numeric' : 'decimal'}
      value={shown}
      disabled={disabled}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseNumberPart(event.target.value, { kind }));
      }}
    />
  );
}
