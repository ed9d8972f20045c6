import { describe, expect, it } from 'vitest';
import { describeLinkedPublishFailure } from './describe-linked-publish-failure';

describe('describeLinkedPublishFailure', () => {
  it('names the linked entry and gives its own reason', () => {
    expect(describeLinkedPublishFailure('Comptes 2026', 'order must be defined.', 'fr')).toBe(
      '« Comptes 2026 » ne peut pas être publié avec cette entrée : order must be defined.',
    );
    expect(describeLinkedPublishFailure('Rekeningen', 'x', 'nl')).toBe('"Rekeningen" kan niet samen met dit item gepubliceerd worden: x');
  });
});
