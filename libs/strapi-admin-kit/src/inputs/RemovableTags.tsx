import { Flex, Tag, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import type { CommunesLanguage } from '../use-communes-language';

interface RemovableTagsProps {
  /** Each value with what the tag shows and what its remove button says after "Remove". */
  items: readonly { key: string; shown: string; named: string }[];
  language: CommunesLanguage;
  disabled?: boolean;
  onRemove(key: string): void;
}

/** A list input's values as tags, each removed by its own button; "None yet." when empty. */
export function RemovableTags({ items, language, disabled, onRemove }: RemovableTagsProps) {
  if (items.length === 0)
    return (
      <Typography variant="pi" textColor="neutral600">
        {language.text('none')}
      </Typography>
    );
  return (
    <Flex gap={2} wrap="wrap">
      {items.map(({ key, shown, named }) => (
        <Tag
          key={key}
          icon={<Cross aria-hidden />}
          disabled={disabled}
          label={`${language.text('remove')} ${named}`}
          onClick={() => onRemove(key)}
        >
          {shown}
        </Tag>
      ))}
    </Flex>
  );
}
