import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { type NetworkMembers, suggestMembers } from '../logic/network-members';
import type { UiText } from '../ui-texts';
import type { CommunesLanguage } from '../use-communes-language';

interface MemberCodeAdderProps {
  name: string;
  language: CommunesLanguage;
  disabled?: boolean;
  network: NetworkMembers;
  /** The members already in the list: not offered again. */
  chosen: readonly string[];
  /** Adds the member typed or picked; answers why it cannot, in the inputs' words, or nothing when added. */
  add(typed: string): UiText | undefined;
}

/**
 * An identifier typed and added with a button or Enter, the problem shown under it until the
 * next try; as it is typed, the network's members whose name matches are offered, one click each.
 */
export function MemberCodeAdder({ name, language, disabled, network, chosen, add }: MemberCodeAdderProps) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<UiText | undefined>();
  const tryAdd = (value: string) => {
    const refused = add(value);
    setProblem(refused);
    if (!refused) setTyped('');
  };
  const suggestions = disabled ? [] : suggestMembers(network, typed, chosen);
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
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
              tryAdd(typed);
            }}
          />
          <Field.Error />
        </Field.Root>
        <Button variant="secondary" disabled={disabled || typed.trim() === ''} onClick={() => tryAdd(typed)}>
          {language.text('addMember')}
        </Button>
      </Flex>
      {suggestions.length ? (
        <Box role="group" aria-label={language.text('networkSuggestions')}>
          <Flex gap={2} wrap="wrap" alignItems="center">
            <Typography variant="pi" textColor="neutral600">
              {language.text('networkSuggestions')}
            </Typography>
            {suggestions.map((member) => (
              <Button key={member.code} variant="tertiary" size="S" onClick={() => tryAdd(member.code)}>
                {`${member.name} (${member.code})`}
              </Button>
            ))}
          </Flex>
        </Box>
      ) : null}
    </Flex>
  );
}
