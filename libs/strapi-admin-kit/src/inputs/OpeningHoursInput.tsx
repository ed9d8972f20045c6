import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import type { CustomFieldInputProps } from '../custom-field-input-props';
import type { Item, StructFieldOptions, ValueFieldShape } from '../custom-field-options';
import { fromOpeningHoursForm, newClosure, newPeriod, type OpeningHoursForm, toOpeningHoursForm } from '../logic/opening-hours-form';
import { addItem, moveItem, removeItem, replaceItem, setPart } from '../logic/struct-form';
import { type CommunesLanguage, useCommunesLanguage } from '../use-communes-language';
import { FieldFrame } from './FieldFrame';
import { ItemCard } from './ItemCard';
import { PartInput } from './PartInput';

type Group = keyof OpeningHoursForm;

interface RuleProps {
  path: string;
  item: Item;
  parts: Record<string, ValueFieldShape | undefined>;
  names: readonly string[];
  onChange: (item: Item) => void;
  language: CommunesLanguage;
  disabled?: boolean;
  seasonNote?: string;
}

/** The parts of one rule, laid out days first, then hours, then dates. */
function Rule({ path, item, parts, names, onChange, language, disabled, seasonNote }: RuleProps) {
  const part = (name: string, col: number) => {
    const field = parts[name];
    return field ? (
      <Grid.Item key={name} col={col} s={12} direction="column" alignItems="stretch">
        <PartInput
          path={`${path}.${name}`}
          field={field}
          value={item[name]}
          onChange={(value) => onChange(setPart(item, name, value))}
          language={language}
          disabled={disabled}
        />
      </Grid.Item>
    ) : null;
  };
  return (
    <Grid.Root gap={4}>
      {names.map((name) => {
        if (name === 'dayOfWeek') return part(name, 12);
        if (name === 'validFrom' && seasonNote)
          return [
            <Grid.Item key="season" col={12} direction="column" alignItems="stretch">
              <Typography variant="pi" textColor="neutral600">
                {seasonNote}
              </Typography>
            </Grid.Item>,
            part(name, 6),
          ];
        return part(name, 6);
      })}
    </Grid.Root>
  );
}

/** A place's opening hours: periods by days and hours (seasonal if dated), and exceptional closures. */
export default function OpeningHoursInput({
  name,
  label,
  hint,
  error,
  required,
  disabled,
  value,
  onChange,
  attribute,
}: CustomFieldInputProps<StructFieldOptions>) {
  const language = useCommunesLanguage();
  const shape = attribute.options?.valueType;
  if (!shape) return null;
  const parts = Object.fromEntries(shape.fields.map((field) => [field.name, field]));
  const week = parts.dayOfWeek?.vocabulary?.codes.map((c) => c.code) ?? [];
  const form = toOpeningHoursForm(value);
  const store = (group: Group, items: Item[]) => onChange(name, fromOpeningHoursForm({ ...form, [group]: items }));
  const today = new Date().toISOString().slice(0, 10);

  const section = (group: Group, title: string, itemTitle: string, addLabel: string, names: string[], make: () => Item) => {
    const items = form[group];
    return (
      <Flex direction="column" alignItems="stretch" gap={3} role="group" aria-label={title}>
        <Typography variant="delta" tag="h3">
          {title}
        </Typography>
        {items.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {language.text('none')}
          </Typography>
        ) : null}
        {items.map((item, index) => (
          <ItemCard
            // biome-ignore lint/suspicious/noArrayIndexKey: rules have no identity but their position
            key={index}
            title={`${itemTitle} ${index + 1}`}
            language={language}
            disabled={disabled}
            onRemove={() => store(group, removeItem(items, index))}
            onMoveUp={index > 0 ? () => store(group, moveItem(items, index, -1)) : undefined}
            onMoveDown={index < items.length - 1 ? () => store(group, moveItem(items, index, 1)) : undefined}
          >
            <Rule
              path={`${name}.${group}.${index}`}
              item={item}
              parts={parts}
              names={names}
              onChange={(next) => store(group, replaceItem(items, index, next))}
              language={language}
              disabled={disabled}
              seasonNote={group === 'periods' ? language.text('season') : undefined}
            />
          </ItemCard>
        ))}
        <Box>
          <Button variant="secondary" size="S" disabled={disabled} onClick={() => store(group, addItem(items, make()))}>
            {addLabel}
          </Button>
        </Box>
      </Flex>
    );
  };

  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} required={required}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        {section(
          'periods',
          language.text('periods'),
          language.text('period'),
          language.text('addPeriod'),
          ['dayOfWeek', 'opens', 'closes', 'validFrom', 'validThrough'],
          () => newPeriod(week),
        )}
        {section(
          'closures',
          language.text('closures'),
          language.text('closure'),
          language.text('addClosure'),
          ['validFrom', 'validThrough', 'dayOfWeek'],
          () => newClosure(week, today),
        )}
      </Flex>
    </FieldFrame>
  );
}
