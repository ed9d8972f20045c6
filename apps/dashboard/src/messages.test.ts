import { describe, expect, it } from 'vitest';
import { format, LANGUAGES, MESSAGES, pickLanguage } from './messages';

describe('the interface’s words', () => {
  it('has every message in every language, with the same placeholders as English', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const language of LANGUAGES)
      for (const [key, english] of Object.entries(MESSAGES.en)) {
        const text = MESSAGES[language][key as keyof typeof MESSAGES.en];
        expect(text?.trim(), `${language}.${key}`).toBeTruthy();
        expect(placeholders(text), `${language}.${key}`).toEqual(placeholders(english));
      }
  });

  it('picks the language asked, else the browser’s first we speak, else French', () => {
    expect(pickLanguage('nl', ['de'])).toBe('nl');
    expect(pickLanguage('xx', ['es-ES', 'de-BE'])).toBe('de');
    expect(pickLanguage(null, ['ja'])).toBe('fr');
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
