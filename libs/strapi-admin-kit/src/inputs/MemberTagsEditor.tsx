import { Flex } from '@strapi/design-system';
import type { AddedMember } from '../logic/member-list';
import { memberTag } from '../logic/network-members';
import type { UiText } from '../ui-texts';
import type { CommunesLanguage } from '../use-communes-language';
import { useNetworkMembers } from '../use-network-members';
import { MemberCodeAdder } from './MemberCodeAdder';
import { RemovableTags } from './RemovableTags';

interface MemberTagsEditorProps {
  name: string;
  codes: readonly string[];
  language: CommunesLanguage;
  disabled?: boolean;
  /** The list with the member typed or picked, or why it cannot join. */
  add(codes: readonly string[], typed: string): AddedMember | { problem: UiText };
  onChange(codes: string[]): void;
}

/**
 * Members of the network as tags, named as the network names them, and a field to add one:
 * typed by identifier, or picked from the members whose name matches what is typed.
 */
export function MemberTagsEditor({ name, codes, language, disabled, add, onChange }: MemberTagsEditorProps) {
  const network = useNetworkMembers();
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <RemovableTags
        items={codes.map((code) => {
          const tag = memberTag(network, code);
          const shown = tag.name ? `${tag.name} (${code})` : tag.unknown ? `${code} (${language.text('notInNetwork')})` : code;
          return { key: code, shown, named: code };
        })}
        language={language}
        disabled={disabled}
        onRemove={(code) => onChange(codes.filter((c) => c !== code))}
      />
      <MemberCodeAdder
        name={name}
        language={language}
        disabled={disabled}
        network={network}
        chosen={codes}
        add={(typed) => {
          const added = add(codes, typed);
          if ('problem' in added) return added.problem;
          onChange(added.codes);
          return undefined;
        }}
      />
    </Flex>
  );
}
