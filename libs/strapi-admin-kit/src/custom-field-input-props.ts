import type { ReactNode } from 'react';

/** What Strapi's Content Manager passes to a custom field's input (field state included). */
export interface CustomFieldInputProps<Options = Record<string, unknown>> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  value: unknown;
  onChange: (name: string, value: unknown) => void;
  attribute: { type: string; customField: string; options?: Options; maxLength?: number };
}
