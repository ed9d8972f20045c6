import { LOCALES } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { describeMissingAltText } from './describe-missing-alt-text';

describe('describeMissingAltText', () => {
  it('names the picture and where to describe it, in each editor language', () => {
    expect(describeMissingAltText('parc.jpg', 'fr')).toBe(
      'L’image « parc.jpg » n’a pas de texte alternatif : décrivez-la dans la médiathèque (Texte alternatif) avant de publier, pour qui ne peut pas la voir.',
    );
    const messages = LOCALES.map((locale) => describeMissingAltText('parc.jpg', locale));
    for (const message of messages) expect(message).toContain('parc.jpg');
    expect(new Set(messages).size).toBe(LOCALES.length);
  });
});
