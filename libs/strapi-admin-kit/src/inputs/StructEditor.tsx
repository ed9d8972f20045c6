import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import type { Item, ValueTypeShape } from '../custom-field-options';
import {
  addItem,
  moveItem,
  newItem,
  removeItem,
  replaceItem,
  setPart,
  toItems,
  toSingleItem,
  toStoredList,
  toStoredSingle,
} from '../logic/struct-form';
import type { CommunesLanguage } from '../use-communes-language';
import { ItemCard } from './ItemCard';
import { PartInput } from './PartInput';

interface StructEditorProps {
  path: string;
  shape: ValueTypeShape;
  list: boolean;
  value: unknown;
  onChange: (value: unknown) => void;
  language: CommunesLanguage;
  /** Names each item: "Phones 2". */
  itemLabel: string;
  disabled?: boolean;
}

/** Wide parts (lists, nested values) take a row; the others share it two by two. */
const isWide = (kind: string) => kind === 'struct' || kind === 'enumerationList';

function Parts({
  path,
  shape,
  item,
  onChange,
  language,
  disabled,
}: {
  path: string;
  shape: ValueTypeShape;
  item: Item;
  onChange: (item: Item) => void;
  language: CommunesLanguage;
  disabled?: boolean;
}) {
  return (
    <Grid.Root gap={4}>
      {shape.fields.map((field) => (
        <Grid.Item key={field.name} col={isWide(field.kind) ? 12 : 6} s={12} direction="column" alignItems="stretch">
          <PartInput
            path={`${path}.${field.name}`}
            field={field}
            value={item[field.name]}
            onChange={(value) => onChange(setPart(item, field.name, value))}
            language={language}
            disabled={disabled}
          />
        </Grid.Item>
      ))}
    </Grid.Root>
  );
}

/** A structured value as a sub-form, or a list of them with add, remove and move. */
export function StructEditor({ path, shape, list, value, onChange, language, itemLabel, disabled }: StructEditorProps) {
  if (!list) {
    // An empty value shows the model's defaults (a cost in EUR), stored once a part is typed.
    const item = toSingleItem(value) ?? newItem(shape);
    return (
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Parts
          path={path}
          shape={shape}
          item={item}
          onChange={(next) => onChange(toStoredSingle(next))}
          language={language}
          disabled={disabled}
        />
        {toSingleItem(value) ? (
          <Box>
            <Button variant="tertiary" size="S" disabled={disabled} onClick={() => onChange(null)}>
              {language.text('clear')}
            </Button>
          </Box>
        ) : null}
      </Flex>
    );
  }
  const items = toItems(value);
  const store = (next: Item[]) => onChange(toStoredList(next));
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {items.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {language.text('none')}
        </Typography>
      ) : null}
      {items.map((item, index) => (
        <ItemCard
          // Items have no identity of their own; the position is what the editor sees.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={index}
          title={`${itemLabel} ${index + 1}`}
          language={language}
          disabled={disabled}
          onRemove={() => store(removeItem(items, index))}
          onMoveUp={index > 0 ? () => store(moveItem(items, index, -1)) : undefined}
          onMoveDown={index < items.length - 1 ? () => store(moveItem(items, index, 1)) : undefined}
        >
          <Parts
            path={`${path}.${index}`}
            shape={shape}
            item={item}
            onChange={(next) => store(replaceItem(items, index, next))}
            language={language}
            disabled={disabled}
          />
        </ItemCard>
      ))}
      <Box>
        <Button variant="secondary" size="S" disabled={disabled} onClick={() => store(addItem(items, newItem(shape)))}>
          {language.text('add')}
        </Button>
      </Box>
    </Flex>
  );
}
