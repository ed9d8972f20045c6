/**
 * What only a developer would read: standards and formats, codes of the machinery, and the
 * traces of a value the page could not show. Editors read plain words (libs/domain's
 * `editor` texts); a form showing any of these has leaked the model's `description`s or an
 * input that does not know the field.
 */
export const DEVELOPER_WORDING: readonly { what: string; pattern: RegExp }[] = [
  { what: 'an RFC', pattern: /\bRFC\b/ },
  { what: 'a regular expression', pattern: /\bregex|regular expression|expression régulière|reguliere expressie|\^\[|\]\+\$|\\[dsw]/i },
  { what: 'a derived relation’s description', pattern: /\bInverse of\b/i },
  { what: 'an ISO standard', pattern: /\bISO[ -]?\d{3,5}\b/ },
  { what: 'a coordinate system', pattern: /\bWGS[ -]?84\b/ },
  { what: 'JSON', pattern: /\bJSON\b/i },
  { what: 'a documentId', pattern: /\bdocumentId\b/ },
  { what: 'an iCalendar rule', pattern: /\bRRULE\b|\bFREQ=/ },
  { what: 'a content type’s uid', pattern: /\b(?:plugin|api|admin)::[\w.-]+/ },
  { what: 'Strapi’s notice for an input it cannot show', pattern: /Unsupported field type/i },
  { what: 'a value the page could not show', pattern: /\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/ },
];

/** Each piece of developer wording found in the texts, as `what: «the text around it»`. */
export function findDeveloperWording(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const { what, pattern } of DEVELOPER_WORDING) {
      const match = pattern.exec(text);
      if (!match) continue;
      const around = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40).replace(/\s+/g, ' ');
      found.push(`${what}: «${around.trim()}»`);
    }
  }
  return found;
}
