import { Button, Field, Flex, TextInput } from '@strapi/design-system';
import { useState } from 'react';
import type { CustomFieldInputProps } from '../custom-field-input-props';
import { addMember, removeMember } from '../logic/member-list';
import { toCodes } from '../logic/vocabulary-list';
import { useCommunesLanguage } from '../use-communes-language';
import { FieldFrame } from './FieldFrame';
import { RemovableTags } from './RemovableTags';

/** Members of the network an entry is shared with: each typed by its identifier, shown as a tag. */
export default function MemberListInput({ name, label, hint, error, required, disabled, value, onChange }: CustomFieldInputProps) {
  const language = useCommunesLanguage();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<'memberCodeInvalid' | 'memberCodeTwice' | undefined>();
  const codes = toCodes(value);
  const add = () => {
    const added = addMember(codes, typed);
    if ('problem' in added) return setProblem(added.problem);
    setProblem(undefined);
    setTyped('');
    onChange(name, added.codes);
  };
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} required={required}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <RemovableTags
          items={codes.map((code) => ({ key: code, shown: code, named: code }))}
          language={language}
          disabled={disabled}
          onRemove={(code) => onChange(name, removeMember(codes, code))}
        />
        <Flex gap={2} alignItems="flex-end">
          <Field.Root name={`${name}-member`} error={problem ? language.text(problem) : undefined}>
            <Field.Label>{language.text('memberCode')}</Field.Label>
            <TextInput
              value={typed}
              disabled={disabled}
              onChange={(event: { target: { value: string } }) => setTyped(event.target.value)}
              onKeyDown={(event: { key: string; preventDefault(): void }) => {
                // Enter adds the member rather than submitting the whole form.
                if (event.key !== 'Enter') return;
                event.preventDefault();
                add();
              }}
            />
            <Field.Error />
          </Field.Root>
          <Button variant="secondary" disabled={disabled || typed.trim() === ''} onClick={add}>
            {language.text('addMember')}
          </Button>
        </Flex>
      </Flex>
    </FieldFrame>
  );
}
