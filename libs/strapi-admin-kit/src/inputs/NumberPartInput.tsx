import { TextInput } from '@strapi/design-system';
import { useState } from 'react';
import { parseNumberPart } from '../logic/struct-form';

interface NumberPartInputProps {
  kind: string;
  value: unknown;
  onChange: (value: number | string | undefined) => void;
  disabled?: boolean;
}

const toText = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** A number as typed (`20,50` stays as typed while the stored value is 20.5). */
export function NumberPartInput({ kind, value, onChange, disabled }: NumberPartInputProps) {
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
