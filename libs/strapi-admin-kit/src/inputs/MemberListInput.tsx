import type { CustomFieldInputProps } from '../custom-field-input-props';
import { addMember, toStoredMembers } from '../logic/member-list';
import { toCodes } from '../logic/vocabulary-list';
import { useCommunesLanguage } from '../use-communes-language';
import { FieldFrame } from './FieldFrame';
import { MemberTagsEditor } from './MemberTagsEditor';

/** Members of the network an entry is shared with: each typed by its identifier or picked by name, shown as a tag. */
export default function MemberListInput({ name, label, hint, error, required, disabled, value, onChange }: CustomFieldInputProps) {
  const language = useCommunesLanguage();
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} required={required}>
      <MemberTagsEditor
        name={name}
        codes={toCodes(value)}
        language={language}
        disabled={disabled}
        add={addMember}
        onChange={(codes) => onChange(name, toStoredMembers(codes))}
      />
    </FieldFrame>
  );
}
