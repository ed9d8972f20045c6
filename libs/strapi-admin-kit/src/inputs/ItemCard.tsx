import { Box, Button, Flex, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';
import type { CommunesLanguage } from '../use-communes-language';

interface ItemCardProps {
  title: string;
  language: CommunesLanguage;
  onRemove?: () => void;
  onMoveUp?: () => void;
  onMoveDown?: () => void;
  disabled?: boolean;
  children: ReactNode;
}

/** One item of a list (a phone, a channel, an opening period) as a named, bordered group. */
export function ItemCard({ title, language, onRemove, onMoveUp, onMoveDown, disabled, children }: ItemCardProps) {
  return (
    <Box role="group" aria-label={title} padding={4} hasRadius borderColor="neutral200" background="neutral0">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex justifyContent="space-between" alignItems="center" gap={2}>
          <Typography variant="sigma" textColor="neutral600">
            {title}
          </Typography>
          <Flex gap={2}>
            {onMoveUp ? (
              <Button variant="tertiary" size="S" disabled={disabled} onClick={onMoveUp}>
                {language.text('moveUp')}
              </Button>
            ) : null}
            {onMoveDown ? (
              <Button variant="tertiary" size="S" disabled={disabled} onClick={onMoveDown}>
                {language.text('moveDown')}
              </Button>
            ) : null}
            {onRemove ? (
              <Button variant="danger-light" size="S" disabled={disabled} onClick={onRemove}>
                {language.text('remove')}
              </Button>
            ) : null}
          </Flex>
        </Flex>
        {children}
      </Flex>
    </Box>
  );
}
