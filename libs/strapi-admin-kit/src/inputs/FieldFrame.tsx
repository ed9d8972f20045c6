import { Box, Flex, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

interface FieldFrameProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: ReactNode;
}

/** The label, hint and error around an input made of several controls, as a named group. */
export function FieldFrame({ name, label, hint, error, required, children }: FieldFrameProps) {
  const id = `communes-${name.replaceAll('.', '-')}`;
  return (
    <Box role="group" aria-labelledby={`${id}-label`} data-communes-field={name}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography id={`${id}-label`} variant="pi" fontWeight="bold" textColor="neutral800">
          {label}
          {required ? (
            <Typography textColor="danger600" aria-hidden>
              *
            </Typography>
          ) : null}
        </Typography>
        {children}
        {hint ? (
          <Typography variant="pi" textColor="neutral600">
            {hint}
          </Typography>
        ) : null}
        {error ? (
          <Typography variant="pi" textColor="danger600" role="alert">
            {error}
          </Typography>
        ) : null}
      </Flex>
    </Box>
  );
}
